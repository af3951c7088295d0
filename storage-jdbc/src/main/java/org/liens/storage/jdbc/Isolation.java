package org.liens.storage.jdbc;

import java.sql.Connection;

/** The isolation level of the write transactions of a {@link JdbcStorage}. */
public enum Isolation {
  /**
   * The default: every statement sees what was committed before it ran. Lost updates are prevented by the
   * optimistic version of every aggregate, and the invariants that span aggregates by
   * {@link org.liens.storage.AggregateStore#lock} (a row lock).
   */
  READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED, "READ COMMITTED"),
  /**
   * One snapshot per transaction. PostgreSQL fails a conflicting write with SQLSTATE 40001, which is retried;
   * MariaDB does not, and the optimistic versions catch the conflict as with {@link #READ_COMMITTED}.
   */
  REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ, "REPEATABLE READ"),
  /** Full serializability; expect more 40001 failures, which are retried. */
  SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE, "SERIALIZABLE");

  private final int jdbcLevel;
  private final String sql;

  Isolation(int jdbcLevel, String sql) {
    this.jdbcLevel = jdbcLevel;
    this.sql = sql;
  }

  int jdbcLevel() {
    return jdbcLevel;
  }

  String sql() {
    return sql;
  }
}
