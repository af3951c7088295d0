package org.liens.storage.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * The databases Liens runs on, and every difference between them that the adapter has to know: the migration
 * folder, how UUIDs and instants are bound, how a transaction's isolation is set, how a row is inserted unless it
 * exists, and how errors are classified. Everything else is the same SQL on all three.
 */
public enum Dialect {
  /** H2 2.x, embedded (file or in-memory): native UUID, TIMESTAMP WITH TIME ZONE. */
  H2("h2"),
  /** PostgreSQL 15+: native uuid, timestamptz; a failed statement aborts its transaction. */
  POSTGRESQL("postgresql"),
  /**
   * MariaDB 10.11+: ids as CHAR(36) ASCII (its UUID type refuses some values {@code java.util.UUID} holds),
   * DATETIME(6) in UTC, utf8mb4 tables; duplicate and foreign-key errors share SQLSTATE 23000.
   */
  MARIADB("mariadb");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** The dialect of the database behind {@code connection}, from its {@link DatabaseMetaData}. */
  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("mariadb") || product.contains("mysql")) {
      return MARIADB;
    }
    throw new UnsupportedDialectException(product);
  }

  /** The classpath folder of this database's migrations, relative to {@code org/liens/storage/jdbc/migration}. */
  public String folder() {
    return folder;
  }

  // ------------------------------------------------------------------ binding

  void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
    if (value == null) {
      statement.setNull(index, this == MARIADB ? java.sql.Types.VARCHAR : java.sql.Types.OTHER);
    } else if (this == MARIADB) {
      statement.setString(index, value.toString());
    } else {
      statement.setObject(index, value);
    }
  }

  UUID getUuid(ResultSet rows, String column) throws SQLException {
    if (this == MARIADB) {
      String text = rows.getString(column);
      return text == null ? null : UUID.fromString(text);
    }
    return rows.getObject(column, UUID.class);
  }

  void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
    if (value == null) {
      statement.setNull(index, java.sql.Types.TIMESTAMP);
    } else if (this == MARIADB) {
      statement.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }
  }

  // ------------------------------------------------------------------ statements

  /**
   * An INSERT of one row into {@code table} that does nothing when a row with the same primary key exists, even
   * one inserted by a concurrent transaction not yet committed: the statement then waits for that transaction and
   * inserts only if it rolled back. PostgreSQL: {@code ON CONFLICT DO NOTHING}; MariaDB:
   * {@code ON DUPLICATE KEY UPDATE} of the first key column to itself (an exclusive lock, where {@code INSERT IGNORE}
   * would also hide other errors); H2 has neither, so its plain INSERT runs in a savepoint and a duplicate key is
   * rolled back to it ({@link #insertIfAbsentNeedsSavepoint()}).
   *
   * @param columns the columns, the primary key's first
   */
  String insertIfAbsent(String table, java.util.List<String> columns) {
    String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
        + "?, ".repeat(columns.size() - 1) + "?)";
    return switch (this) {
      case POSTGRESQL -> insert + " ON CONFLICT DO NOTHING";
      case MARIADB -> insert + " ON DUPLICATE KEY UPDATE " + columns.get(0) + " = " + columns.get(0);
      case H2 -> insert;
    };
  }

  /** Whether {@link #insertIfAbsent} must run in a savepoint, a duplicate key rolled back to it. */
  boolean insertIfAbsentNeedsSavepoint() {
    return this == H2;
  }

  // ------------------------------------------------------------------ transactions

  /**
   * Sets the isolation (and read-only mode) of the transaction about to start on {@code connection}, whose
   * auto-commit is off. PostgreSQL and MariaDB take a {@code SET TRANSACTION} that lasts for this transaction
   * only, so nothing has to be restored before the connection goes back to the pool; H2 is in-process and takes
   * the JDBC calls, undone by {@link #afterTransaction}.
   */
  void beginTransaction(Connection connection, Isolation isolation, boolean readOnly) throws SQLException {
    if (this == H2) {
      connection.setTransactionIsolation(isolation.jdbcLevel());
      connection.setReadOnly(readOnly);
      return;
    }
    String sql = "SET TRANSACTION ISOLATION LEVEL " + isolation.sql() + (readOnly ? ", READ ONLY" : "");
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Undoes what {@link #beginTransaction} changed on the connection, once the transaction ended. */
  void afterTransaction(Connection connection, int previousIsolation, boolean previousReadOnly) throws SQLException {
    if (this == H2) {
      connection.setReadOnly(previousReadOnly);
      connection.setTransactionIsolation(previousIsolation);
    }
  }

  // ------------------------------------------------------------------ errors

  /** A unique or primary-key constraint refused the write. */
  boolean isDuplicateKey(SQLException e) {
    return anyInChain(e, x -> switch (this) {
      case H2, POSTGRESQL -> "23505".equals(x.getSQLState());
      case MARIADB -> "23000".equals(x.getSQLState()) && x.getErrorCode() == 1062;
    });
  }

  /** A foreign-key constraint refused the write: the row refers to one that does not exist. */
  boolean isForeignKeyViolation(SQLException e) {
    return anyInChain(e, x -> switch (this) {
      // H2: 23506 parent missing; 23503 child exists (a delete of a referenced row)
      case H2 -> "23506".equals(x.getSQLState()) || "23503".equals(x.getSQLState());
      case POSTGRESQL -> "23503".equals(x.getSQLState());
      // 1452 cannot add or update a child row, 1451 cannot delete a parent row, 1216/1217 their older forms
      case MARIADB -> "23000".equals(x.getSQLState()) && (x.getErrorCode() == 1452 || x.getErrorCode() == 1451
          || x.getErrorCode() == 1216 || x.getErrorCode() == 1217);
    });
  }

  /**
   * The transaction lost a serialization conflict or a deadlock and may succeed if run again: SQLSTATE 40001 on
   * every database (MariaDB's deadlock 1213 included), 40P01 on PostgreSQL, and H2's concurrent update 90131.
   */
  static boolean isTransient(Throwable e) {
    return anyInChain(e, x -> "40001".equals(x.getSQLState()) || "40P01".equals(x.getSQLState())
        || "90131".equals(x.getSQLState()) || x.getErrorCode() == 1213);
  }

  /** Whether {@code test} holds for the exception, its causes or the exceptions chained to it (batches chain them). */
  static boolean anyInChain(Throwable e, java.util.function.Predicate<SQLException> test) {
    java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
    todo.add(e);
    while (!todo.isEmpty()) {
      Throwable x = todo.poll();
      if (x == null || !seen.add(x)) {
        continue;
      }
      if (x instanceof SQLException sql) {
        if (test.test(sql)) {
          return true;
        }
        if (sql.getNextException() != null) {
          todo.add(sql.getNextException());
        }
      }
      if (x.getCause() != null) {
        todo.add(x.getCause());
      }
    }
    return false;
  }

  /** Thrown for a database other than H2, PostgreSQL and MariaDB. */
  static final class UnsupportedDialectException extends SQLException {
    UnsupportedDialectException(String product) {
      super("unsupported database: " + product + " (Liens runs on H2, PostgreSQL and MariaDB)");
    }
  }
}
