package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresAuditRowsTest extends AbstractAuditRowsTest {}
