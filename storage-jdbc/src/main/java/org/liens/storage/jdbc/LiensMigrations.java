package org.liens.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Liens migrations for the host's own Flyway. Flyway is an optional dependency of this module: the host
 * declares {@code flyway-core} (and {@code flyway-database-postgresql} or {@code flyway-mysql}) at the version it
 * runs, and only {@link JdbcStorage#migrate(DataSource)}, {@link JdbcStorage.Builder#migrate(boolean)} and this
 * class need it. The Liens migrations keep their own history table beside the host's, so they run as a second
 * Flyway instance:
 *
 * <pre>{@code
 * LiensMigrations.configure(Flyway.configure().dataSource(dataSource), Dialect.POSTGRESQL).load().migrate();
 * }</pre>
 *
 * <p>What it sets: the location {@value JdbcStorage#MIGRATION_ROOT} on the classpath (SQL migrations, and Java
 * ones in the package {@code org.liens.storage.jdbc.migration}), the database's placeholders
 * ({@link Dialect#placeholders()}), the history table {@value JdbcStorage#HISTORY_TABLE}, and a baseline at version
 * 0 when the schema already holds other tables.
 */
public final class LiensMigrations {
  private static final Logger LOG = LoggerFactory.getLogger(LiensMigrations.class);

  private LiensMigrations() {}

  /**
   * Sets what the Liens migrations need on a Flyway configuration of the host, which keeps its data source, its
   * class loader and its other settings.
   *
   * @param configuration the host's configuration, e.g. {@code Flyway.configure().dataSource(dataSource)}
   * @param dialect the database of that data source
   * @return the same configuration, to {@code load()} and {@code migrate()}
   */
  public static FluentConfiguration configure(FluentConfiguration configuration, Dialect dialect) {
    Checks.required(configuration, "configuration");
    Checks.required(dialect, "dialect");
    return configuration
        .locations(JdbcStorage.flywayLocation())
        .placeholders(dialect.placeholders())
        .table(JdbcStorage.HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .baselineDescription("before Liens")
        .failOnMissingLocations(true);
  }

  /**
   * The same as {@link #configure(FluentConfiguration, Dialect)}, with the database detected on the
   * configuration's data source (one connection).
   *
   * @param configuration the host's configuration, with its data source set
   * @return the same configuration
   * @throws StorageException with {@link ErrorCode#STORAGE_FAILURE} if the database cannot be reached or is not
   *     supported
   */
  public static FluentConfiguration configure(FluentConfiguration configuration) {
    Checks.required(configuration, "configuration");
    DataSource dataSource = configuration.getDataSource();
    Checks.check(dataSource != null, "the Flyway configuration needs its data source first");
    return configure(configuration, detect(dataSource));
  }

  static Dialect detect(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return Dialect.of(connection);
    } catch (SQLException e) {
      throw Transaction.storageFailure("detect the database", e);
    }
  }

  /** Migrates up to {@code target} (null: the latest) with Flyway, and returns the schema version. */
  static String migrate(DataSource dataSource, Dialect dialect, String target) {
    FluentConfiguration configuration =
        configure(Flyway.configure(LiensMigrations.class.getClassLoader()).dataSource(dataSource), dialect);
    if (target != null) {
      configuration.target(target);
    }
    try {
      MigrateResult result = configuration.load().migrate();
      String version = result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion;
      LOG.info("Liens schema on {}: {} migration(s) applied, now at version {}", dialect, result.migrationsExecuted,
          version);
      return version;
    } catch (FlywayException e) {
      // Flyway's messages may quote SQL, never stored values; the cause is kept for the host's operators
      throw new StorageException(ErrorCode.STORAGE_FAILURE, "migrate the Liens schema: " + e.getClass().getSimpleName(), e);
    }
  }
}
