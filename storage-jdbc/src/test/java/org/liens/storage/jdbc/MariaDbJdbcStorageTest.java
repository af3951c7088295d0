package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.MARIADB)
class MariaDbJdbcStorageTest extends AbstractJdbcStorageTest {}
