package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.MARIADB)
class MariaDbMoneyStorageTest extends AbstractMoneyStorageTest {}
