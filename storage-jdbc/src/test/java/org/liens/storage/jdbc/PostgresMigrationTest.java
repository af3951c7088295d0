package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresMigrationTest extends AbstractMigrationTest {}
