package org.liens.storage.jdbc;

/** Retention, erasure and export, on MariaDB. */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbRetentionTest extends AbstractRetentionTest {}
