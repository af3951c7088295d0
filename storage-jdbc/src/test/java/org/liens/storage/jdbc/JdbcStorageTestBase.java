package org.liens.storage.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the JUnit tests of the adapter: a fresh, migrated database per test class, on the database the
 * concrete class names with {@link OnDatabase}, emptied before each test. A concrete class is one line, e.g.
 * {@code @OnDatabase(TestDatabase.POSTGRESQL) class PostgresJdbcStorageTest extends AbstractJdbcStorageTest {}}.
 */
@ExtendWith(DatabaseAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcStorageTestBase {
  protected FreshDatabase database;
  protected JdbcStorage storage;

  protected TestDatabase kind() {
    return DatabaseAvailable.of(getClass());
  }

  @BeforeAll
  void createDatabase() {
    database = kind().create();
    storage = database.storage();
  }

  @AfterAll
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void emptyTables() {
    database.empty();
  }
}
