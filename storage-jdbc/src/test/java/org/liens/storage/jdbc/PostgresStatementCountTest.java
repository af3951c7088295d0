package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresStatementCountTest extends AbstractStatementCountTest {}
