package org.liens.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The host's side of the host-transaction mode of {@link JdbcStorage} ({@link JdbcStorage.Builder#hostTransactions}):
 * where Liens finds the connection of the transaction the host has open on the current thread, and how it asks to
 * run something once that transaction has committed. Liens writes on that connection, inside a savepoint of its
 * own, and never commits, rolls back nor closes it.
 *
 * <p>With plain JDBC, use {@link #jdbc()} and open each transaction with {@link HostTransaction#begin}. With Spring
 * (no Spring dependency in Liens; the host writes these three methods):
 *
 * <pre>{@code
 * HostTransactions spring = new HostTransactions() {
 *   public Connection connection() {
 *     return DataSourceUtils.getConnection(dataSource);        // the connection bound to the @Transactional method
 *   }
 *   public void release(Connection connection) {
 *     DataSourceUtils.releaseConnection(connection, dataSource);
 *   }
 *   public void afterCommit(Runnable action) {
 *     TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
 *       public void afterCommit() { action.run(); }
 *     });
 *   }
 * };
 * }</pre>
 */
public interface HostTransactions {

  /**
   * The connection of the host's transaction on the current thread, with auto-commit off.
   *
   * @return the connection; Liens hands it back through {@link #release} after each call
   * @throws SQLException if the host cannot provide it
   */
  Connection connection() throws SQLException;

  /**
   * Gives back a connection that {@link #connection()} returned, once a Liens call is done with it; it must stay
   * open and in its transaction. Default: does nothing.
   *
   * @param connection what {@link #connection()} returned
   * @throws SQLException if the host fails to take it back
   */
  default void release(Connection connection) throws SQLException {
    // the host keeps the connection: nothing to give back
  }

  /**
   * Runs {@code action} once the host's current transaction has committed, and never if it rolls back. Liens
   * delivers the domain events of the calls made inside the transaction this way.
   *
   * @param action what to run after the host's commit
   */
  void afterCommit(Runnable action);

  /**
   * The host transactions of plain JDBC: the connection of the {@link HostTransaction} begun on the current
   * thread, and actions run by its {@link HostTransaction#commit()}.
   *
   * @return the plain-JDBC host transactions (one instance, shared)
   */
  static HostTransactions jdbc() {
    return HostTransaction.BOUND;
  }
}
