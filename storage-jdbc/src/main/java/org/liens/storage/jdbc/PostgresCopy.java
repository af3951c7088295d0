package org.liens.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The rows of a {@link BulkImport} streamed with PostgreSQL's {@code COPY … FROM STDIN} (pgjdbc's
 * {@code CopyManager}, reached through {@link Connection#unwrap}): one statement per table, rows in COPY's text
 * format ({@link CopyText}), bound by the same {@link Args} calls as an INSERT, so that both write equal rows. The
 * copy runs in the import's transaction: a row that breaks a constraint fails the whole COPY, translated as any
 * statement's failure ({@link Transaction#failed}), and the import rolls back. Only this class names pgjdbc's
 * types: it is loaded only on PostgreSQL, when the host asked for a copy.
 */
final class PostgresCopy {
  /** Characters of COPY text sent to the server at a time. */
  private static final int CHUNK = 1 << 16;

  private PostgresCopy() {}

  /** Whether the connection is pgjdbc's, or a pool's wrapper of it: a COPY is possible. */
  static boolean available(Connection connection) {
    try {
      return connection.isWrapperFor(PGConnection.class);
    } catch (SQLException | LinkageError e) {
      return false;
    }
  }

  /**
   * Copies the rows into {@code table}, {@code columns} in the order {@code binder} binds them: their text goes to
   * the server 64 KiB at a time, and {@code sent} is told every {@link JdbcStorage.Settings#batchSize()} rows (and
   * the last ones) once the driver wrote them.
   */
  static <E> void copy(Transaction tx, String operation, String table, List<String> columns, Collection<E> rows,
      Transaction.RowBinder<E> binder, IntConsumer sent) {
    if (rows.isEmpty()) {
      return;
    }
    CopyIn in = null;
    try {
      in = tx.connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
      tx.counted();
      CopyText text = new CopyText();
      Args args = new Args(text);
      int pending = 0;
      for (E row : rows) {
        binder.bind(args, row);
        text.endRow();
        pending++;
        if (text.length() >= CHUNK) {
          write(in, text);
        }
        if (pending == tx.settings.batchSize()) {
          write(in, text);
          sent.accept(pending);
          pending = 0;
        }
      }
      write(in, text);
      in.endCopy();
      if (pending > 0) {
        sent.accept(pending);
      }
    } catch (SQLException e) {
      cancel(in);
      throw tx.failed(operation, e);
    } catch (AssertionError e) {
      cancel(in);
      throw tx.failed(operation, Transaction.driverFault(e));
    } catch (RuntimeException e) {
      cancel(in);
      throw e;
    }
  }

  /** A foreign key of the schema: its table, its name, and its definition as PostgreSQL prints it. */
  record ForeignKey(String table, String name, String definition) {}

  /**
   * Drops the foreign keys declared on {@code tables} for the rest of the transaction, and returns them for
   * {@link #restore}. The table names and definitions come from the catalogue ({@code pg_constraint}), never from
   * a value. {@code ALTER TABLE} locks the tables (and the ones they refer to) exclusively until the transaction
   * ends; a rollback brings the keys back with everything else.
   */
  static List<ForeignKey> dropForeignKeys(Transaction tx, List<String> tables) {
    List<ForeignKey> keys = tx.query("find the foreign keys", "SELECT conrelid::regclass::text AS table_name, conname,"
        + " pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE contype = 'f'"
        + " AND conrelid::regclass::text IN (" + String.join(", ", tables.stream().map(t -> "'" + t + "'").toList())
        + ") ORDER BY conrelid::regclass::text, conname", args -> { },
        row -> new ForeignKey(row.text("table_name"), row.text("conname"), row.text("definition")));
    for (ForeignKey key : keys) {
      tx.update("drop a foreign key for the import", "ALTER TABLE " + key.table() + " DROP CONSTRAINT " + key.name(),
          args -> { });
    }
    return keys;
  }

  /**
   * Adds the foreign keys back: PostgreSQL checks each against every row of its table in one pass, and a row that
   * refers to nothing fails it as an INSERT would have ({@code 23503}, {@code DANGLING_REFERENCE}).
   */
  static void restore(Transaction tx, List<ForeignKey> keys) {
    for (ForeignKey key : keys) {
      tx.update("check the references of the import", "ALTER TABLE " + key.table() + " ADD CONSTRAINT " + key.name()
          + " " + key.definition(), args -> { });
    }
  }

  private static void write(CopyIn in, CopyText text) throws SQLException {
    if (text.length() > 0) {
      byte[] bytes = text.take();
      in.writeToCopy(bytes, 0, bytes.length);
    }
  }

  /** Ends a copy that failed on this side, so that the connection can roll back. */
  private static void cancel(CopyIn in) {
    try {
      if (in != null && in.isActive()) {
        in.cancelCopy();
      }
    } catch (SQLException e) {
      // the copy's own failure is the one to report; the rollback follows
    }
  }
}
