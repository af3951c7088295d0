package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresFaultInjectionTest extends AbstractFaultInjectionTest {}
