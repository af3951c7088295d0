package org.liens.storage.jdbc;

/** Retention, erasure and export, on PostgreSQL. */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresRetentionTest extends AbstractRetentionTest {}
