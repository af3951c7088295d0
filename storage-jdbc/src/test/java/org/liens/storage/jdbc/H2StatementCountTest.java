package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.H2)
class H2StatementCountTest extends AbstractStatementCountTest {}
