package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.MARIADB)
class MariaDbMigrationTest extends AbstractMigrationTest {}
