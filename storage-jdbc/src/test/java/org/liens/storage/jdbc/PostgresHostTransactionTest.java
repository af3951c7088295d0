package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresHostTransactionTest extends AbstractHostTransactionTest {}
