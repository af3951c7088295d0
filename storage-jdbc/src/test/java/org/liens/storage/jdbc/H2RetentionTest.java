package org.liens.storage.jdbc;

/** Retention, erasure and export, on H2. */
@OnDatabase(TestDatabase.H2)
class H2RetentionTest extends AbstractRetentionTest {}
