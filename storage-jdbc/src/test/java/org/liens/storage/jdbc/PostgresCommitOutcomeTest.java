package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresCommitOutcomeTest extends AbstractCommitOutcomeTest {}
