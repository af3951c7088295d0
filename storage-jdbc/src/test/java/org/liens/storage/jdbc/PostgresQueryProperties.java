package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresQueryProperties extends AbstractQueryProperties {}
