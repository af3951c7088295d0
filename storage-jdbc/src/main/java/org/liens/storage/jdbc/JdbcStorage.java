package org.liens.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.StorageException;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDBC storage adapter: Liens in the database the host already runs (H2, PostgreSQL 15+, MariaDB 10.11+),
 * over the host's {@link DataSource}.
 *
 * <pre>{@code
 * Storage storage = JdbcStorage.builder(dataSource)
 *     .migrate(true)       // run the Liens migrations at build time (default: false, the host runs them)
 *     .maxRetries(3)       // re-runs of a transaction that lost a deadlock or a serialization conflict
 *     .build();
 * Liens liens = Liens.builder().storage(storage).build();
 * }</pre>
 *
 * <p><b>Transactions.</b> Each {@link #inTransaction} call is one JDBC transaction on one connection of the
 * DataSource, at {@link Isolation#READ_COMMITTED} by default; it commits if the callback returns and rolls back if
 * it throws. A call from inside a transaction on the same thread joins it, as does {@link #read} (which then sees
 * its writes). {@link #read} alone runs a read-only REPEATABLE READ transaction: one consistent snapshot.
 * Aggregates are saved with optimistic versioning ({@code UPDATE … WHERE id = ? AND version = ?}); a transaction
 * that fails with SQLSTATE 40001 (serialization failure, MariaDB deadlock) or 40P01 (PostgreSQL deadlock) is rolled
 * back and its callback run again, up to {@link Builder#maxRetries} times: the application services of Liens are
 * written to be re-run. Any other database failure is a {@link StorageException} with
 * {@link ErrorCode#STORAGE_FAILURE}, after which nothing of the call is stored and the next call may succeed.
 *
 * <p><b>Schema.</b> Flyway migrations shipped in this jar, one source for the three databases under
 * {@code classpath:org/liens/storage/jdbc/migration}, whose differences are Flyway placeholders set per database
 * ({@link Dialect#placeholders()}), with their own history table {@value #HISTORY_TABLE}, so that Liens lives
 * beside the host's tables (all prefixed {@code liens_}). Run them with {@link #migrate(DataSource)},
 * {@link Builder#migrate(boolean)}, or the host's own Flyway ({@link LiensMigrations}); Flyway is an optional
 * dependency, which the host declares at the version it runs.
 *
 * <p>Safe to share between threads. Personal data never reaches the logs nor the exception messages: they name
 * the operation and the SQLSTATE, and the driver's message is withheld.
 */
public final class JdbcStorage implements Storage {
  /** The Flyway history table of the Liens migrations. */
  public static final String HISTORY_TABLE = "liens_schema_history";
  /** The classpath folder of the migrations, the same for every database. */
  public static final String MIGRATION_ROOT = "org/liens/storage/jdbc/migration";

  private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Settings settings;
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();
  private final HostJoin host; // the host-transaction mode, or null

  /** What every transaction of one storage needs to know. */
  record Settings(int maxRetries, Duration retryBackoff, Isolation isolation, int batchSize, Clock clock) {}

  private JdbcStorage(DataSource dataSource, Dialect dialect, Settings settings, HostTransactions hostTransactions) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.settings = settings;
    this.host = hostTransactions == null ? null : new HostJoin(hostTransactions, dialect, settings);
  }

  /**
   * A builder over the host's DataSource.
   *
   * @param dataSource the host's data source; Liens borrows connections and gives them back
   * @return a builder with the defaults
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Checks.required(dataSource, "dataSource"));
  }

  /**
   * Applies the Liens migrations that the database does not have yet, and returns the schema version. Safe on an
   * up-to-date database (nothing happens) and on a database that holds the host's own tables (the history table
   * {@value #HISTORY_TABLE} is created at version 0, then every migration runs).
   *
   * @throws StorageException with {@link ErrorCode#STORAGE_FAILURE} if a migration fails or the database is not
   *     supported
   * @param dataSource the database to migrate
   * @return the schema version after the migrations
   */
  public static String migrate(DataSource dataSource) {
    Checks.required(dataSource, "dataSource");
    return migrate(dataSource, detect(dataSource), null);
  }

  /**
   * The Flyway location of the migrations, {@code classpath:org/liens/storage/jdbc/migration}, for a host that runs
   * them with its own Flyway: use it with {@code .placeholders(dialect.placeholders())},
   * {@code .table("liens_schema_history")}, and {@code .baselineOnMigrate(true).baselineVersion("0")} if the schema
   * already holds other tables.
   *
   * @return the location, for Flyway's {@code locations(…)}
   */
  public static String flywayLocation() {
    return "classpath:" + MIGRATION_ROOT;
  }

  /**
   * Migrates up to {@code target} (null: the latest); for tests of the upgrade path. Flyway is an optional
   * dependency: without it on the classpath this is a {@code STORAGE_FAILURE} that says so, and a storage that does
   * not migrate works without it.
   */
  static String migrate(DataSource dataSource, Dialect dialect, String target) {
    try {
      Class.forName("org.flywaydb.core.Flyway", false, JdbcStorage.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new StorageException(ErrorCode.STORAGE_FAILURE, "migrate the Liens schema: Flyway is not on the classpath"
          + " (add org.flywaydb:flyway-core, and flyway-database-postgresql or flyway-mysql for those servers)");
    }
    return LiensMigrations.migrate(dataSource, dialect, target);
  }

  private static Dialect detect(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return Dialect.of(connection);
    } catch (SQLException e) {
      throw Transaction.storageFailure("detect the database", e);
    }
  }

  /**
   * The database this storage runs on.
   *
   * @return the dialect detected when the storage was built
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Batched inserts of aggregates that were never stored, for an organisation that migrates from spreadsheets or
   * another tool. See {@link BulkImport}.
   *
   * @return a new, empty import
   */
  public BulkImport bulkImport() {
    return new BulkImport(this);
  }

  /**
   * Records the money and place figure facts (issue 12) of the invoices, credit notes and funding agreements stored
   * without them, in one transaction: those written before migration V15, which added them (the use cases record
   * them since). Each fact is what the use case would have recorded, stamped {@code recordedAt}: reports as known on
   * an earlier instant stay as they were. Run once after upgrading a database from before V15; a second run records
   * nothing.
   *
   * @param recordedAt the recorded instant of the new facts, usually now (kept to the microsecond)
   * @return how many facts it recorded
   */
  public int recordMissingFigureFacts(java.time.Instant recordedAt) {
    Checks.required(recordedAt, "recordedAt");
    java.time.Instant at = recordedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    return run(session -> MissingFigureFacts.record(session, at), false);
  }

  @Override
  public <T> T inTransaction(Function<Repositories, T> work) {
    Checks.required(work, "work");
    return run(session -> work.apply(session), false);
  }

  @Override
  public <T> T read(Function<Repositories, T> work) {
    Checks.required(work, "work");
    return run(session -> work.apply(session), true);
  }

  /**
   * Runs {@code action} at once, or, in the host-transaction mode ({@link Builder#hostTransactions}), when the host's
   * transaction commits, through {@link HostTransactions#afterCommit}.
   *
   * @param action what to run after the commit
   */
  @Override
  public void afterCommit(Runnable action) {
    Checks.required(action, "action");
    if (host == null) {
      action.run();
    } else {
      host.afterCommit(action);
    }
  }

  /** Runs {@code work} in the current transaction of this thread, or in a new one, retried when transient. */
  <T> T run(Function<Session, T> work, boolean readOnly) {
    Transaction joined = current.get();
    if (joined != null) {
      if (joined.readOnly && !readOnly) {
        throw new IllegalStateException("cannot open a transaction inside Storage.read");
      }
      return work.apply(new Session(joined, readOnly || joined.readOnly));
    }
    if (host != null) {
      return host.run(current, work, readOnly);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work, readOnly);
      } catch (RuntimeException e) {
        if (attempt > settings.maxRetries() || !Dialect.isTransient(e)) {
          if (Dialect.isTransient(e)) {
            LOG.warn("Liens transaction gave up after {} attempts on a transient failure", attempt);
          }
          throw e;
        }
        LOG.debug("Liens transaction attempt {} lost a conflict or a deadlock; running it again", attempt);
        pause(attempt);
      }
    }
  }

  private <T> T once(Function<Session, T> work, boolean readOnly) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw Transaction.storageFailure("open a connection", e);
    }
    Transaction transaction = null;
    boolean restoreAutoCommit = false;
    int previousIsolation = Connection.TRANSACTION_READ_COMMITTED;
    boolean previousReadOnly = false;
    try {
      try {
        if (dialect == Dialect.H2) {
          previousIsolation = connection.getTransactionIsolation();
          previousReadOnly = connection.isReadOnly();
        }
        if (connection.getAutoCommit()) {
          connection.setAutoCommit(false);
          restoreAutoCommit = true;
        }
        dialect.beginTransaction(connection, readOnly ? Isolation.REPEATABLE_READ : settings.isolation(), readOnly);
      } catch (AssertionError e) {
        throw Transaction.driverFault(e); // a driver call only: translated like a lost connection
      }
      transaction = new Transaction(connection, dialect, readOnly, settings);
      current.set(transaction);
      T result;
      try {
        result = work.apply(new Session(transaction, readOnly));
      } catch (RuntimeException | Error e) {
        transaction.end();
        rollback(connection, e);
        throw e;
      }
      transaction.end();
      if (transaction.failure() != null) {
        StorageException failed = new StorageException(ErrorCode.STORAGE_FAILURE,
            "transaction rolled back: a statement failed inside it", transaction.failure());
        rollback(connection, failed);
        throw failed;
      }
      commit(connection, readOnly);
      return result;
    } catch (SQLException e) {
      StorageException failed = Transaction.storageFailure(transaction == null ? "begin a transaction" : "commit", e);
      rollback(connection, failed);
      throw failed;
    } finally {
      current.remove();
      release(connection, restoreAutoCommit, previousIsolation, previousReadOnly);
    }
  }

  /**
   * Commits; a connection lost on the way ({@code 08…} SQLSTATE, no SQLSTATE, or a connection no longer valid) leaves
   * the outcome unknown: the server may have committed before the answer was lost ({@code OUTCOME_UNKNOWN}). A
   * commit the server refuses with an error has rolled back and stays a failure ({@code STORAGE_FAILURE}), and so
   * does any failure to commit a read-only transaction, which had nothing to store.
   */
  private static void commit(Connection connection, boolean readOnly) throws SQLException {
    SQLException failure;
    try {
      connection.commit();
      return;
    } catch (AssertionError e) {
      failure = Transaction.driverFault(e); // pgjdbc under -ea, on a killed connection: a lost connection at commit
    } catch (SQLException e) {
      failure = e;
    }
    if (readOnly || Dialect.isTransient(failure) || !connectionLost(connection, failure)) {
      throw failure;
    }
    StorageException unknown = new StorageException(ErrorCode.OUTCOME_UNKNOWN, "the connection was lost while the"
        + " transaction committed (SQLSTATE " + failure.getSQLState() + "): it may or may not be stored",
        Transaction.redact(failure));
    rollback(connection, unknown);
    throw unknown;
  }

  private static boolean connectionLost(Connection connection, SQLException failure) {
    String state = failure.getSQLState();
    if (state == null || state.startsWith("08")) {
      return true;
    }
    try {
      return !connection.isValid(1);
    } catch (SQLException | RuntimeException e) {
      return true;
    }
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // the connection may be gone (killed, network): the server rolls back the transaction itself
      cause.addSuppressed(Transaction.redact(e));
    } catch (AssertionError e) {
      cause.addSuppressed(Transaction.driverFault(e));
    }
  }

  private void release(Connection connection, boolean restoreAutoCommit, int isolation, boolean readOnly) {
    try {
      if (!connection.isClosed()) {
        dialect.afterTransaction(connection, isolation, readOnly);
        if (restoreAutoCommit) {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      LOG.debug("could not reset a connection before closing it (SQLSTATE {})", e.getSQLState());
    } catch (AssertionError e) {
      LOG.debug("could not reset a connection before closing it (the driver failed an assertion)");
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("could not close a connection (SQLSTATE {})", e.getSQLState());
      } catch (AssertionError e) {
        LOG.debug("could not close a connection (the driver failed an assertion)");
      }
    }
  }

  /** Waits before a retry: the backoff doubled per attempt, with jitter, so that two losers do not meet again. */
  private void pause(int attempt) {
    long base = settings.retryBackoff().toNanos();
    if (base <= 0) {
      return;
    }
    long nanos = Math.min(base << Math.min(attempt - 1, 10), Duration.ofSeconds(2).toNanos());
    nanos = nanos / 2 + ThreadLocalRandom.current().nextLong(nanos / 2 + 1);
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Configures a {@link JdbcStorage}. */
  public static final class Builder {
    private final DataSource dataSource;
    private boolean migrate;
    private int maxRetries = 3;
    private Duration retryBackoff = Duration.ofMillis(10);
    private Isolation isolation = Isolation.READ_COMMITTED;
    private int batchSize = 1_000;
    private Clock clock = Clock.systemUTC();
    private HostTransactions hostTransactions;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Whether {@link #build()} applies the Liens migrations first ({@link JdbcStorage#migrate}); default false.
     *
     * @param value {@code true} to migrate on build
     * @return this builder
     */
    public Builder migrate(boolean value) {
      migrate = value;
      return this;
    }

    /**
     * How many times a transaction that lost a deadlock or a serialization conflict is run again; default 3.
     *
     * @param value zero or more; zero never retries
     * @return this builder
     */
    public Builder maxRetries(int value) {
      Checks.notNegative(value, "maxRetries");
      maxRetries = value;
      return this;
    }

    /**
     * The pause before the first retry, doubled for each next one, with jitter; default 10 ms.
     *
     * @param value the first pause; zero or more
     * @return this builder
     */
    public Builder retryBackoff(Duration value) {
      Checks.required(value, "retryBackoff");
      Checks.check(!value.isNegative(), "retryBackoff must not be negative");
      retryBackoff = value;
      return this;
    }

    /**
     * The isolation of write transactions; default {@link Isolation#READ_COMMITTED}.
     *
     * @param value the isolation level
     * @return this builder
     */
    public Builder isolation(Isolation value) {
      isolation = Checks.required(value, "isolation");
      return this;
    }

    /**
     * How many rows a batch sends at once (bulk import, child rows, outbox); default 1,000, where the gain of larger
     * batches levels off (issue 13).
     *
     * @param value rows per batch; more than zero
     * @return this builder
     */
    public Builder batchSize(int value) {
      Checks.check(value > 0, "batchSize must be positive");
      batchSize = value;
      return this;
    }

    /**
     * The clock that stamps acknowledged events; default UTC system clock.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = Checks.required(value, "clock");
      return this;
    }

    /**
     * The host-transaction mode: every call runs inside the transaction the host has open on the current thread,
     * on its connection, in a savepoint of its own, and the domain events reach the listeners once the host has
     * committed; the host commits or rolls back, and re-runs its transaction after a deadlock ({@code maxRetries},
     * {@code retryBackoff} and {@code isolation} do not apply). The data source still serves {@link #build()} and
     * the migrations. Default: none, each call is a transaction of its own.
     *
     * @param value where the host's transaction is, e.g. {@link HostTransactions#jdbc()}
     * @return this builder
     */
    public Builder hostTransactions(HostTransactions value) {
      hostTransactions = Checks.required(value, "hostTransactions");
      return this;
    }

    /**
     * Detects the database (one connection), runs the migrations if asked, and returns the storage.
     *
     * @throws StorageException if the database cannot be reached, is not supported, or a migration fails
     * @return the storage, ready for {@code Liens.builder().storage(…)}
     */
    public JdbcStorage build() {
      Dialect dialect = detect(dataSource);
      if (migrate) {
        JdbcStorage.migrate(dataSource, dialect, null);
      }
      return new JdbcStorage(dataSource, dialect, new Settings(maxRetries, retryBackoff, isolation, batchSize, clock),
          hostTransactions);
    }
  }
}
