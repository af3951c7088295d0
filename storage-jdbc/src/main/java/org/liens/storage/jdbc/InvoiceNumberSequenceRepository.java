package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.billing.NumberSeries;
import org.liens.billing.SequencePosition;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.StorageException;
import org.liens.storage.InvoiceNumberSequences;

/**
 * {@code liens_invoice_sequence}: one row per series (seller's SIREN, prefix, year) holding the last number given
 * and its issue date ({@code last_number} 0: the row exists, no number was taken yet).
 *
 * <p><b>Gapless under concurrency.</b> {@link #next} locks the series' row ({@code SELECT … FOR UPDATE}) in the
 * caller's transaction, applies {@link SequencePosition#next(LocalDate)} (the chronological rule) and writes the
 * new position: a concurrent taker of the same series waits on the lock until this transaction ends, then reads
 * what it committed (a locking read sees the latest committed row at every isolation level, or fails with a
 * serialization error that is retried). A rollback undoes the update, so the number is given back and the next
 * taker gets it. The first taker of a series creates the row with {@link Dialect#insertIfAbsent}, which waits for
 * a concurrent creator and never fails on its duplicate, then locks it like everyone else.
 */
final class InvoiceNumberSequenceRepository implements InvoiceNumberSequences {
  static final String TABLE = "liens_invoice_sequence";
  private static final String WHERE = " WHERE seller = ? AND number_prefix = ? AND number_year = ?";
  private static final String POSITION = "SELECT last_number, last_issued_on FROM " + TABLE + WHERE;
  private static final String LOCK = POSITION + " FOR UPDATE";
  private static final String MOVE = "UPDATE " + TABLE + " SET last_number = ?, last_issued_on = ?" + WHERE;
  private static final List<String> CREATE_COLUMNS = List.of("seller", "number_prefix", "number_year", "last_number");
  /** How many times the row is looked for after creating it, before the transaction is retried. */
  private static final int LOCK_ATTEMPTS = 3;

  private final Session session;
  private final Transaction tx;

  InvoiceNumberSequenceRepository(Session session) {
    this.session = session;
    this.tx = session.transaction;
  }

  /** Where a series stands: its row, with last number 0 when no number was taken yet. */
  private record Stored(long last, Optional<LocalDate> lastIssuedOn) {}

  @Override
  public Optional<SequencePosition> lock(NumberSeries series) {
    Checks.required(series, "series");
    session.writable();
    Stored stored = lockRow(series);
    return stored.last() == 0 ? Optional.empty()
        : Optional.of(new SequencePosition(stored.last(), stored.lastIssuedOn().orElseThrow()));
  }

  @Override
  public long next(NumberSeries series, LocalDate issuedOn) {
    Checks.required(series, "series");
    Checks.required(issuedOn, "issuedOn");
    session.writable();
    Stored stored = lockRow(series);
    SequencePosition after = stored.last() == 0
        ? SequencePosition.first(issuedOn)
        : new SequencePosition(stored.last(), stored.lastIssuedOn().orElseThrow()).next(issuedOn);
    tx.update("take an invoice number", MOVE,
        args -> args.number(after.last()).date(after.lastIssuedOn()).text(series.seller()).text(series.prefix())
            .integer(series.year()));
    return after.last();
  }

  /** Locks the row of the series until the transaction ends, creating it first if no taker ever did. */
  private Stored lockRow(NumberSeries series) {
    for (int attempt = 1; ; attempt++) {
      Optional<Stored> row = tx.queryOne("lock an invoice number series", LOCK, args -> bind(args, series),
          InvoiceNumberSequenceRepository::stored);
      if (row.isPresent()) {
        return row.get();
      }
      if (attempt == LOCK_ATTEMPTS) {
        // another transaction created the row and has not committed it, and this database did not make us wait
        throw new StorageException(ErrorCode.STORAGE_FAILURE, "lock an invoice number series: it is being created",
            new SQLTransientException("invoice number series created concurrently", "40001"));
      }
      tx.insertIfAbsent("create an invoice number series", tx.dialect.insertIfAbsent(TABLE, CREATE_COLUMNS),
          args -> bind(args, series).number(0));
    }
  }

  @Override
  public Optional<SequencePosition> current(NumberSeries series) {
    Checks.required(series, "series");
    session.usable();
    return tx.queryOne("read an invoice number series", POSITION, args -> bind(args, series),
            InvoiceNumberSequenceRepository::stored)
        .filter(s -> s.last() > 0)
        .map(s -> new SequencePosition(s.last(), s.lastIssuedOn().orElseThrow()));
  }

  private static Args bind(Args args, NumberSeries series) throws SQLException {
    return args.text(series.seller()).text(series.prefix()).integer(series.year());
  }

  private static Stored stored(Row row) throws SQLException {
    return new Stored(row.number("last_number"), row.optionalDate("last_issued_on"));
  }
}
