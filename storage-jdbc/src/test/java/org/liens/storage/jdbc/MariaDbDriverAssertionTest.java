package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.MARIADB)
class MariaDbDriverAssertionTest extends AbstractDriverAssertionTest {}
