package org.liens.storage.jdbc;

/** No personal data in logs or exception messages, on PostgreSQL. */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresPersonalDataInLogsTest extends AbstractPersonalDataInLogsTest {}
