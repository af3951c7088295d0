package org.liens.storage.jdbc;

/** No personal data in logs or exception messages, on MariaDB. */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbPersonalDataInLogsTest extends AbstractPersonalDataInLogsTest {}
