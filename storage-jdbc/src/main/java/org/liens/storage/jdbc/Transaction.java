package org.liens.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.LiensException;
import org.liens.shared.StorageException;

/**
 * One JDBC transaction: its connection, and the statements run on it. Every statement is a prepared statement
 * whose SQL is a constant of the adapter; values are only bound.
 *
 * <p>Any statement that fails marks the transaction rollback-only: whatever the callback does with the exception,
 * the transaction will not commit (on PostgreSQL it could not anyway; on MariaDB a deadlock has already rolled it
 * back and later statements would run in a new one). Messages name the operation and the SQLSTATE, never a value;
 * the driver's own message, which may quote stored values, is withheld from the cause.
 */
final class Transaction {
  final Connection connection;
  final Dialect dialect;
  final boolean readOnly;
  final JdbcStorage.Settings settings;
  private boolean ended;
  private SQLException failure;
  private long statements;
  /**
   * The team and contacts of the accompaniments read or written in this transaction, by id, at the version they
   * were read or written at: what a save of that version writes the difference against.
   */
  final java.util.Map<java.util.UUID, AccompanimentChildRows.StoredChildren> accompanimentChildren =
      new java.util.HashMap<>();

  Transaction(Connection connection, Dialect dialect, boolean readOnly, JdbcStorage.Settings settings) {
    this.connection = connection;
    this.dialect = dialect;
    this.readOnly = readOnly;
    this.settings = settings;
  }

  boolean ended() {
    return ended;
  }

  void end() {
    ended = true;
  }

  /** The statements sent on this transaction so far (a batch counts once), for {@code Repositories#statementCount}. */
  long statements() {
    return statements;
  }

  /** The first statement failure, if any: the transaction must roll back. */
  SQLException failure() {
    return failure;
  }

  @FunctionalInterface
  interface Binder {
    void bind(Args args) throws SQLException;
  }

  @FunctionalInterface
  interface RowMapper<T> {
    T map(Row row) throws SQLException;
  }

  @FunctionalInterface
  interface RowBinder<E> {
    void bind(Args args, E row) throws SQLException;
  }

  <T> List<T> query(String operation, String sql, Binder binder, RowMapper<T> mapper) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(new Args(statement, dialect));
      List<T> result = new ArrayList<>();
      statements++;
      try (ResultSet rows = statement.executeQuery()) {
        Row row = new Row(rows, dialect);
        while (rows.next()) {
          result.add(mapped(operation, mapper, row));
        }
      }
      return result;
    } catch (SQLException e) {
      throw failed(operation, e);
    } catch (AssertionError e) {
      throw failed(operation, driverFault(e));
    }
  }

  <T> Optional<T> queryOne(String operation, String sql, Binder binder, RowMapper<T> mapper) {
    List<T> rows = query(operation, sql, binder, mapper);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
  int update(String operation, String sql, Binder binder) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(new Args(statement, dialect));
      statements++;
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failed(operation, e);
    } catch (AssertionError e) {
      throw failed(operation, driverFault(e));
    }
  }

  /**
   * Runs a {@link Dialect#insertIfAbsent} statement: inserts the row unless its key exists, and returns whether it
   * did. Where the dialect needs it, the INSERT runs in a savepoint and a duplicate key (a concurrent transaction
   * inserted the row first and committed) is rolled back to it, leaving the transaction usable.
   */
  boolean insertIfAbsent(String operation, String sql, Binder binder) {
    if (!dialect.insertIfAbsentNeedsSavepoint()) {
      return update(operation, sql, binder) > 0;
    }
    java.sql.Savepoint savepoint;
    try {
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw failed(operation, e);
    } catch (AssertionError e) {
      throw failed(operation, driverFault(e));
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(new Args(statement, dialect));
      statements++;
      int inserted = statement.executeUpdate();
      connection.releaseSavepoint(savepoint);
      return inserted > 0;
    } catch (SQLException e) {
      if (!dialect.isDuplicateKey(e)) {
        throw failed(operation, e);
      }
      try {
        connection.rollback(savepoint);
        connection.releaseSavepoint(savepoint);
      } catch (SQLException undo) {
        throw failed(operation, undo);
      } catch (AssertionError undo) {
        throw failed(operation, driverFault(undo));
      }
      return false;
    } catch (AssertionError e) {
      throw failed(operation, driverFault(e));
    }
  }

  /** Runs one statement for each row, sent in batches of {@link JdbcStorage.Settings#batchSize()}. */
  <E> void batch(String operation, String sql, Collection<E> rows, RowBinder<E> binder) {
    batch(operation, sql, rows, binder, sent -> { });
  }

  /**
   * Runs one statement for each row, sent in batches of {@link JdbcStorage.Settings#batchSize()}, and tells
   * {@code sent} how many rows each batch sent, once the database took it.
   */
  <E> void batch(String operation, String sql, Collection<E> rows, RowBinder<E> binder, IntConsumer sent) {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int pending = 0;
      for (E row : rows) {
        binder.bind(new Args(statement, dialect), row);
        statement.addBatch();
        if (++pending == settings.batchSize()) {
          statements++;
          statement.executeBatch();
          sent.accept(pending);
          pending = 0;
        }
      }
      if (pending > 0) {
        statements++;
        statement.executeBatch();
        sent.accept(pending);
      }
    } catch (SQLException e) {
      throw failed(operation, e);
    } catch (AssertionError e) {
      throw failed(operation, driverFault(e));
    }
  }

  /**
   * The most parameters one multi-row statement binds: under the 32,767 of older PostgreSQL drivers and the 65,535
   * of pgjdbc and MariaDB.
   */
  static final int MAX_PARAMETERS = 30_000;

  /**
   * Sends the rows as multi-row statements, {@code head + row + ", " + row … + tail}, each of at most
   * {@link JdbcStorage.Settings#batchSize()} rows (fewer if they would bind more than {@link #MAX_PARAMETERS}), and
   * tells {@code sent} how many rows each statement sent once the database took it. One statement carries many rows
   * (an INSERT of 1,000 rows is one round trip and one execution), which is what pgjdbc's
   * {@code reWriteBatchedInserts} does, but whatever the URL says and on every database.
   *
   * @param row the placeholders of one row, e.g. {@code (?, ?, ?)}
   * @param parameters the parameters of one row
   */
  <E> void multiRow(String operation, String head, String row, String tail, int parameters, Collection<E> rows,
      RowBinder<E> binder, IntConsumer sent) {
    if (rows.isEmpty()) {
      return;
    }
    int perStatement = Math.max(1, Math.min(settings.batchSize(), MAX_PARAMETERS / parameters));
    PreparedStatement full = null;
    try {
      List<E> pending = new ArrayList<>(Math.min(perStatement, rows.size()));
      java.util.Iterator<E> it = rows.iterator();
      while (it.hasNext()) {
        pending.add(it.next());
        if (pending.size() == perStatement || !it.hasNext()) {
          if (pending.size() == perStatement) {
            if (full == null) {
              full = connection.prepareStatement(multiRowSql(head, row, tail, perStatement));
            }
            sendRows(full, pending, binder);
          } else {
            try (PreparedStatement last = connection.prepareStatement(multiRowSql(head, row, tail, pending.size()))) {
              sendRows(last, pending, binder);
            }
          }
          sent.accept(pending.size());
          pending.clear();
        }
      }
    } catch (SQLException e) {
      throw failed(operation, e);
    } catch (AssertionError e) {
      throw failed(operation, driverFault(e));
    } finally {
      if (full != null) {
        try {
          full.close();
        } catch (SQLException ignored) {
          // the statement's failure, if any, was already reported
        }
      }
    }
  }

  private <E> void sendRows(PreparedStatement statement, List<E> rows, RowBinder<E> binder) throws SQLException {
    Args args = new Args(statement, dialect);
    for (E row : rows) {
      binder.bind(args, row);
    }
    statements++;
    statement.executeUpdate();
  }

  private static String multiRowSql(String head, String row, String tail, int rows) {
    StringBuilder sql = new StringBuilder(head.length() + tail.length() + rows * (row.length() + 2)).append(head);
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ", ").append(row);
    }
    return sql.append(tail).toString();
  }

  /** Counts one statement sent outside the methods of this class (a {@code COPY}). */
  void counted() {
    statements++;
  }

  private static <T> T mapped(String operation, RowMapper<T> mapper, Row row) throws SQLException {
    try {
      return mapper.map(row);
    } catch (LiensException | IllegalArgumentException e) {
      // a stored row that no longer makes a valid value: corrupted, or written by hand
      throw new StorageException(ErrorCode.STORAGE_FAILURE, operation + ": a stored row is not a valid value", e);
    }
  }

  /**
   * Records the failure (the transaction can only roll back now) and translates it: a duplicate key into
   * {@link ErrorCode#DUPLICATE_ID}, a foreign-key violation into {@link ErrorCode#DANGLING_REFERENCE}, anything
   * else into {@link ErrorCode#STORAGE_FAILURE}.
   */
  LiensException failed(String operation, SQLException e) {
    SQLException redacted = redact(e);
    if (failure == null) {
      failure = redacted;
    }
    if (dialect.isDuplicateKey(e)) {
      return new IntegrityViolationException(ErrorCode.DUPLICATE_ID, operation + ": the id already exists", redacted);
    }
    if (dialect.isForeignKeyViolation(e)) {
      return new IntegrityViolationException(
          ErrorCode.DANGLING_REFERENCE, operation + ": it refers to a row that does not exist", redacted);
    }
    return storageFailure(operation, redacted);
  }

  static StorageException storageFailure(String operation, SQLException e) {
    return new StorageException(ErrorCode.STORAGE_FAILURE,
        operation + " failed (SQLSTATE " + e.getSQLState() + ", vendor code " + e.getErrorCode() + ")", redact(e));
  }

  /**
   * The same failure without the driver's message, which may quote the values of the row (PostgreSQL's
   * "Failing row contains …"), so that logging the exception never logs personal data.
   */
  static SQLException redact(SQLException e) {
    if (e instanceof Redacted) {
      return e;
    }
    SQLException redacted = new Redacted(e);
    redacted.setStackTrace(e.getStackTrace());
    return redacted;
  }

  /**
   * An {@link AssertionError} raised by the JDBC driver inside a statement or a commit, as a connection failure
   * (SQLSTATE {@code 08006}). With assertions on ({@code -ea}), pgjdbc can fail an internal assertion when its
   * connection is killed; Liens treats it like the lost connection it is, never as an {@code Error} that escapes the
   * caller. Only driver calls are translated: an {@code AssertionError} of the caller's own callback is rethrown
   * unchanged. The error's message is withheld (it may quote values); its stack trace is kept.
   */
  static SQLException driverFault(AssertionError e) {
    SQLException fault = new SQLException(
        "the JDBC driver failed an internal assertion (java.lang.AssertionError, message withheld); treated as a lost"
            + " connection", "08006");
    fault.setStackTrace(e.getStackTrace());
    return fault;
  }

  /** A driver exception whose message was withheld; SQLSTATE, vendor code and cause are kept. */
  static final class Redacted extends SQLException {
    Redacted(SQLException e) {
      super(e.getClass().getName() + " (message withheld: it may quote stored values)", e.getSQLState(),
          e.getErrorCode(), e.getCause());
      SQLException next = e.getNextException();
      if (next != null && next != e) {
        setNextException(new Redacted(next));
      }
    }
  }
}
