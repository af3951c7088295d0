package org.liens.storage.jdbc;

/** The storage contract suite on MARIADB. */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbStorageContractTest extends AbstractJdbcStorageContractTest {}
