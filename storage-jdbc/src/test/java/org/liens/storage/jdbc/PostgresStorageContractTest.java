package org.liens.storage.jdbc;

/** The storage contract suite on POSTGRESQL. */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresStorageContractTest extends AbstractJdbcStorageContractTest {}
