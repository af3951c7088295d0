package org.liens.storage.jdbc;

import java.time.Duration;
import javax.sql.DataSource;

/** A new, empty database (schema) for one test class or one test; dropped by {@link #close()}. */
final class FreshDatabase implements AutoCloseable {
  final TestDatabase kind;
  final String name;
  final DataSource dataSource;
  private JdbcStorage storage;

  FreshDatabase(TestDatabase kind, String name, DataSource dataSource) {
    this.kind = kind;
    this.name = name;
    this.dataSource = dataSource;
  }

  /** A migrated storage over this database (migrated on first use), retrying without pause. */
  JdbcStorage storage() {
    if (storage == null) {
      storage = builder().migrate(true).build();
    }
    return storage;
  }

  /** A builder over this database, for tests that configure their own storage. */
  JdbcStorage.Builder builder() {
    return JdbcStorage.builder(dataSource).retryBackoff(Duration.ZERO);
  }

  /** Empties every Liens table. */
  void empty() {
    kind.empty(dataSource);
  }

  @Override
  public void close() {
    kind.drop(this);
  }
}
