package org.liens.storage.jdbc;

@OnDatabase(TestDatabase.MARIADB)
class MariaDbQueryProperties extends AbstractQueryProperties {}
