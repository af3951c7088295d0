package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.MARIADB)
class MariaDbAuditRowsTest extends AbstractAuditRowsTest {}
