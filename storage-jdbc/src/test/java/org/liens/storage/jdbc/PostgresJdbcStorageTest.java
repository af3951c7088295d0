package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresJdbcStorageTest extends AbstractJdbcStorageTest {}
