package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.MARIADB)
class MariaDbHostTransactionTest extends AbstractHostTransactionTest {}
