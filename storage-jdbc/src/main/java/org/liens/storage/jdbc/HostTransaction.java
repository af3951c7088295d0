package org.liens.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.liens.shared.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A transaction of the host on a plain JDBC connection, bound to the current thread, that Liens calls join when the
 * storage was built with {@link HostTransactions#jdbc()}:
 *
 * <pre>{@code
 * try (Connection connection = dataSource.getConnection();
 *      HostTransaction transaction = HostTransaction.begin(connection)) {
 *   hostDao.insertSomething(connection);                 // the host's own statements
 *   liens.accompaniments().recordHomeVisit(actor, ...);  // Liens writes on the same connection
 *   transaction.commit();                                // commits both, then Liens delivers its events
 * }                                                      // closed without commit: rolled back, no events
 * }</pre>
 *
 * <p>Not thread-safe: one transaction per thread, used by that thread only.
 */
public final class HostTransaction implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HostTransaction.class);
  private static final ThreadLocal<HostTransaction> CURRENT = new ThreadLocal<>();

  /** The {@link HostTransactions} over the transaction bound to the current thread. */
  static final HostTransactions BOUND = new HostTransactions() {
    @Override
    public Connection connection() {
      return current().connection;
    }

    @Override
    public void afterCommit(Runnable action) {
      current().afterCommit.add(Checks.required(action, "action"));
    }
  };

  private final Connection connection;
  private final boolean restoreAutoCommit;
  private final List<Runnable> afterCommit = new ArrayList<>();
  private boolean ended;

  private HostTransaction(Connection connection, boolean restoreAutoCommit) {
    this.connection = connection;
    this.restoreAutoCommit = restoreAutoCommit;
  }

  /**
   * Begins a transaction on {@code connection} (auto-commit off until it ends) and binds it to the current thread.
   *
   * @param connection the host's connection; the host closes it, after this transaction
   * @return the transaction, to commit, roll back or close
   * @throws SQLException if auto-commit cannot be turned off
   * @throws IllegalStateException if a transaction is already bound to this thread
   */
  public static HostTransaction begin(Connection connection) throws SQLException {
    Checks.required(connection, "connection");
    if (CURRENT.get() != null) {
      throw new IllegalStateException("a HostTransaction is already open on this thread");
    }
    boolean autoCommit = connection.getAutoCommit();
    if (autoCommit) {
      connection.setAutoCommit(false);
    }
    HostTransaction transaction = new HostTransaction(connection, autoCommit);
    CURRENT.set(transaction);
    return transaction;
  }

  /** The transaction bound to the current thread; a Liens call outside one is a programming error. */
  static HostTransaction current() {
    HostTransaction transaction = CURRENT.get();
    if (transaction == null) {
      throw new IllegalStateException("no HostTransaction open on this thread: begin one before calling Liens");
    }
    return transaction;
  }

  /**
   * The connection of this transaction.
   *
   * @return the connection given to {@link #begin}
   */
  public Connection connection() {
    return connection;
  }

  /**
   * Commits, unbinds the transaction, then runs what was registered to run after the commit (the delivery of the
   * Liens events), in order. An action that throws is logged (its exception class only) and the next one runs: the
   * commit has happened. If the commit fails, nothing runs and the failure is thrown.
   *
   * @throws SQLException if the commit fails
   * @throws IllegalStateException if the transaction has already ended
   */
  public void commit() throws SQLException {
    List<Runnable> actions = List.copyOf(afterCommit);
    end(true);
    for (Runnable action : actions) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.warn("an action after the host's commit failed: {}", e.getClass().getName());
      }
    }
  }

  /**
   * Rolls back and unbinds the transaction; what was registered to run after a commit never runs.
   *
   * @throws SQLException if the rollback fails
   * @throws IllegalStateException if the transaction has already ended
   */
  public void rollback() throws SQLException {
    end(false);
  }

  /**
   * Rolls back if neither {@link #commit()} nor {@link #rollback()} was called; does nothing otherwise.
   *
   * @throws SQLException if the rollback fails
   */
  @Override
  public void close() throws SQLException {
    if (!ended) {
      end(false);
    }
  }

  private void end(boolean commit) throws SQLException {
    if (ended) {
      throw new IllegalStateException("this HostTransaction has already ended");
    }
    ended = true;
    afterCommit.clear();
    if (CURRENT.get() == this) {
      CURRENT.remove();
    }
    try {
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
    } catch (SQLException | RuntimeException e) {
      if (commit) {
        try {
          connection.rollback(); // never let the auto-commit below commit what failed to commit
        } catch (SQLException | RuntimeException undo) {
          e.addSuppressed(undo);
        }
      }
      throw e;
    }
    if (restoreAutoCommit) {
      connection.setAutoCommit(true);
    }
  }
}
