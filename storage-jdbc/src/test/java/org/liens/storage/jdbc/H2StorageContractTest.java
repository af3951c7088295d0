package org.liens.storage.jdbc;

/** The storage contract suite on H2. */
@OnDatabase(TestDatabase.H2)
class H2StorageContractTest extends AbstractJdbcStorageContractTest {}
