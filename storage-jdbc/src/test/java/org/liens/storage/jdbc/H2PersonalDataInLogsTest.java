package org.liens.storage.jdbc;

/** No personal data in logs or exception messages, on H2. */
@OnDatabase(TestDatabase.H2)
class H2PersonalDataInLogsTest extends AbstractPersonalDataInLogsTest {}
