package org.liens.storage.jdbc;

import java.time.Duration;
import javax.sql.DataSource;

/**
 * A new database for one test class or one test, behind a pool ({@link PooledDataSource}): a copy of the migrated
 * template ({@link TestDatabase#create()}) or an empty one ({@link TestDatabase#createEmpty()}); dropped by
 * {@link #close()}.
 */
final class FreshDatabase implements AutoCloseable {
  final TestDatabase kind;
  final String name;
  final DataSource dataSource;
  private final PooledDataSource pool;
  private final boolean migrated;
  private JdbcStorage storage;

  FreshDatabase(TestDatabase kind, String name, PooledDataSource pool, boolean migrated) {
    this.kind = kind;
    this.name = name;
    this.dataSource = pool;
    this.pool = pool;
    this.migrated = migrated;
  }

  /** A storage over this database (migrated on first use if it was created empty), retrying without pause. */
  JdbcStorage storage() {
    if (storage == null) {
      storage = builder().migrate(!migrated).build();
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
    pool.close();
    kind.drop(this);
  }
}
