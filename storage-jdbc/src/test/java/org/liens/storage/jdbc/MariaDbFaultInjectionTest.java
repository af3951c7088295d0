package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.MARIADB)
class MariaDbFaultInjectionTest extends AbstractFaultInjectionTest {}
