package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresMoneyStorageTest extends AbstractMoneyStorageTest {}
