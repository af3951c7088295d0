package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.MARIADB)
class MariaDbCommitOutcomeTest extends AbstractCommitOutcomeTest {}
