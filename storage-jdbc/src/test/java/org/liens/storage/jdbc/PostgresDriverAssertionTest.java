package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresDriverAssertionTest extends AbstractDriverAssertionTest {}
