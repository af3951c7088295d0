package org.liens.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Function;
import org.liens.shared.ErrorCode;
import org.liens.shared.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host-transaction mode of {@link JdbcStorage}: each call runs on the connection of the host's open transaction,
 * inside a savepoint. A call that throws (a refusal, a failed statement) is rolled back to its savepoint, so that it
 * leaves nothing behind and the host's transaction stays usable (on PostgreSQL too, where a failed statement would
 * otherwise abort it); a call that returns releases the savepoint and its writes commit or roll back with the host's
 * transaction. Liens never commits, rolls back nor closes the host's connection, nor changes its isolation, and
 * never re-runs a call: a deadlock or a serialization failure is thrown, for the host to re-run its transaction.
 */
final class HostJoin {
  private static final Logger LOG = LoggerFactory.getLogger(HostJoin.class);

  private final HostTransactions host;
  private final Dialect dialect;
  private final JdbcStorage.Settings settings;

  HostJoin(HostTransactions host, Dialect dialect, JdbcStorage.Settings settings) {
    this.host = host;
    this.dialect = dialect;
    this.settings = settings;
  }

  void afterCommit(Runnable action) {
    host.afterCommit(action);
  }

  <T> T run(ThreadLocal<Transaction> current, Function<Session, T> work, boolean readOnly) {
    Connection connection;
    try {
      connection = host.connection();
    } catch (SQLException e) {
      throw Transaction.storageFailure("get the connection of the host's transaction", e);
    }
    if (connection == null) {
      throw new IllegalStateException("the host's transaction has no connection on this thread");
    }
    try {
      Savepoint savepoint = savepoint(connection);
      Transaction transaction = new Transaction(connection, dialect, readOnly, settings);
      current.set(transaction);
      T result;
      try {
        result = work.apply(new Session(transaction, readOnly));
      } catch (RuntimeException | Error e) {
        transaction.end();
        undo(connection, savepoint, e);
        throw e;
      }
      transaction.end();
      if (transaction.failure() != null) {
        StorageException failed = new StorageException(ErrorCode.STORAGE_FAILURE,
            "Liens call rolled back to its savepoint: a statement failed inside it", transaction.failure());
        undo(connection, savepoint, failed);
        throw failed;
      }
      connection.releaseSavepoint(savepoint);
      return result;
    } catch (SQLException e) {
      throw Transaction.storageFailure("run inside the host's transaction", e);
    } finally {
      current.remove();
      try {
        host.release(connection);
      } catch (SQLException e) {
        LOG.debug("the host could not take its connection back (SQLSTATE {})", e.getSQLState());
      }
    }
  }

  private static Savepoint savepoint(Connection connection) throws SQLException {
    if (connection.getAutoCommit()) {
      throw new IllegalStateException("host-transaction mode: the host's connection is not in a transaction"
          + " (auto-commit is on)");
    }
    return connection.setSavepoint();
  }

  /** Rolls the call back to its savepoint; if that fails too (a lost connection), the host's commit will fail. */
  private static void undo(Connection connection, Savepoint savepoint, Throwable cause) {
    try {
      connection.rollback(savepoint);
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      cause.addSuppressed(Transaction.redact(e));
    } catch (RuntimeException | AssertionError e) {
      cause.addSuppressed(e);
    }
  }
}
