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
   * Copies the rows into {@code table}, {@code columns} in the order {@code binder} binds them: a second thread
   * turns the rows into COPY text while this one sends it to the server, 64 KiB at a time, so that building the text
   * and the server's work overlap; {@code sent} is told every {@link JdbcStorage.Settings#batchSize()} rows (and the
   * last ones) once the driver wrote them. A binder's failure fails the copy on this thread, as its own would.
   */
  static <E> void copy(Transaction tx, String operation, String table, List<String> columns, Collection<E> rows,
      Transaction.RowBinder<E> binder, IntConsumer sent) {
    if (rows.isEmpty()) {
      return;
    }
    CopyIn in = null;
    CopyTextProducer<E> producer = null;
    try {
      in = tx.connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
      tx.counted();
      producer = new CopyTextProducer<>(rows, binder, tx.settings.batchSize(), CHUNK);
      for (CopyTextProducer.Chunk chunk = producer.next(); chunk != null; chunk = producer.next()) {
        in.writeToCopy(chunk.bytes(), 0, chunk.bytes().length);
        if (chunk.rows() > 0) {
          sent.accept(chunk.rows());
        }
      }
      in.endCopy();
    } catch (SQLException e) {
      cancel(in);
      throw tx.failed(operation, e);
    } catch (AssertionError e) {
      cancel(in);
      throw tx.failed(operation, Transaction.driverFault(e));
    } catch (RuntimeException e) {
      cancel(in);
      throw e;
    } finally {
      if (producer != null) {
        producer.stop();
      }
    }
  }

  /** A constraint of the schema: its table, its name, and its definition as PostgreSQL prints it. */
  record Constraint(String table, String name, String definition) {}

  /**
   * What an import dropped for its duration, to put back at its end: foreign keys, primary and unique keys, and
   * the other indexes (their names and {@code CREATE INDEX} statements), all from the catalogue.
   */
  record Dropped(List<Constraint> foreignKeys, List<Constraint> keys, List<Constraint> indexes) {
    /** Nothing dropped. */
    static final Dropped NONE = new Dropped(List.of(), List.of(), List.of());
  }

  /**
   * Drops the foreign keys declared on {@code tables} for the rest of the transaction, and returns them for
   * {@link #restore}. The table names and definitions come from the catalogue ({@code pg_constraint}), never from
   * a value. {@code ALTER TABLE} locks the tables (and the ones they refer to) exclusively until the transaction
   * ends; a rollback brings the keys back with everything else.
   */
  static Dropped dropForeignKeys(Transaction tx, List<String> tables) {
    return new Dropped(dropConstraints(tx, "contype = 'f' AND conrelid::regclass::text IN (" + names(tables) + ")"),
        List.of(), List.of());
  }

  /**
   * Drops, for the rest of the transaction, every index of {@code tables} and every constraint that needs one: the
   * foreign keys declared on them or referring to them (from any table), their primary and unique keys, their other
   * indexes; and returns them for {@link #restore}, which builds each index once, from a sort of all its rows,
   * instead of one insertion per row. Names and definitions come from the catalogue. The locks are those of
   * {@link #dropForeignKeys}, on more tables.
   */
  static Dropped dropIndexes(Transaction tx, List<String> tables) {
    String in = "(" + names(tables) + ")";
    List<Constraint> foreignKeys = dropConstraints(tx, "contype = 'f' AND (conrelid::regclass::text IN " + in
        + " OR confrelid::regclass::text IN " + in + ")");
    List<Constraint> indexes = tx.query("find the indexes", "SELECT indrelid::regclass::text AS table_name,"
        + " indexrelid::regclass::text AS index_name, pg_get_indexdef(indexrelid) AS definition FROM pg_index i"
        + " WHERE indrelid::regclass::text IN " + in + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
        + " WHERE c.conindid = i.indexrelid) ORDER BY 1, 2", args -> { },
        row -> new Constraint(row.text("table_name"), row.text("index_name"), row.text("definition")));
    for (Constraint index : indexes) {
      tx.update("drop an index for the import", "DROP INDEX " + index.name(), args -> { });
    }
    List<Constraint> keys = dropConstraints(tx, "contype IN ('p', 'u') AND conrelid::regclass::text IN " + in);
    return new Dropped(foreignKeys, keys, indexes);
  }

  private static String names(List<String> tables) {
    return String.join(", ", tables.stream().map(t -> "'" + t + "'").toList());
  }

  private static List<Constraint> dropConstraints(Transaction tx, String where) {
    List<Constraint> constraints = tx.query("find the constraints", "SELECT conrelid::regclass::text AS table_name,"
        + " conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE " + where
        + " ORDER BY conrelid::regclass::text, conname", args -> { },
        row -> new Constraint(row.text("table_name"), row.text("conname"), row.text("definition")));
    for (Constraint constraint : constraints) {
      tx.update("drop a constraint for the import", "ALTER TABLE " + constraint.table() + " DROP CONSTRAINT "
          + constraint.name(), args -> { });
    }
    return constraints;
  }

  /**
   * Puts back what {@link #dropForeignKeys} or {@link #dropIndexes} dropped: the primary and unique keys (a
   * duplicate fails it as an INSERT would have, {@code 23505}, {@code DUPLICATE_ID}), the indexes, then the foreign
   * keys, each checked against every row of its table in one pass (a row that refers to nothing fails it as an
   * INSERT would have, {@code 23503}, {@code DANGLING_REFERENCE}). The sorts of the index builds may use up to
   * 256 MB of the server's memory ({@code SET LOCAL maintenance_work_mem}, for this transaction only).
   */
  static void restore(Transaction tx, Dropped dropped) {
    if (!dropped.keys().isEmpty() || !dropped.indexes().isEmpty()) {
      tx.update("give the index builds memory", "SET LOCAL maintenance_work_mem = '256MB'", args -> { });
    }
    for (Constraint key : dropped.keys()) {
      tx.update("check the keys of the import", "ALTER TABLE " + key.table() + " ADD CONSTRAINT " + key.name() + " "
          + key.definition(), args -> { });
    }
    for (Constraint index : dropped.indexes()) {
      tx.update("build an index of the import", index.definition(), args -> { });
    }
    for (Constraint key : dropped.foreignKeys()) {
      tx.update("check the references of the import", "ALTER TABLE " + key.table() + " ADD CONSTRAINT " + key.name()
          + " " + key.definition(), args -> { });
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
