package org.liens.storage.jdbc;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures a {@link BulkImport} as its batches reach the database and reports an {@link ImportProgress} to the
 * host's callback every {@code everyRows} rows or every {@code every} of time, whichever comes first (both checked
 * after each batch), and once more when the import is written. A callback that throws is logged (its exception's
 * class only) and the import goes on.
 */
final class ProgressMeter {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressMeter.class);

  /** Rows between two reports by default. */
  static final int EVERY_ROWS = 1_000;
  /** Time between two reports by default. */
  static final Duration EVERY = Duration.ofSeconds(1);

  private final int everyRows;
  private final long everyNanos;
  private final Consumer<ImportProgress> callback;
  private final LongSupplier nanoTime;
  private long total;
  private long start;
  private long done;
  private long reportedRows;
  private long reportedAt;
  private boolean reported;

  ProgressMeter(int everyRows, Duration every, Consumer<ImportProgress> callback, LongSupplier nanoTime) {
    if (everyRows <= 0 || every == null || every.isNegative() || callback == null || nanoTime == null) {
      throw new IllegalArgumentException("a progress needs a positive row step, a time step and a callback");
    }
    this.everyRows = everyRows;
    this.everyNanos = every.toNanos();
    this.callback = callback;
    this.nanoTime = nanoTime;
  }

  /** A meter that reports to no one, for an import without a progress callback. */
  static ProgressMeter silent() {
    return new ProgressMeter(Integer.MAX_VALUE, Duration.ofNanos(Long.MAX_VALUE), progress -> { }, () -> 0);
  }

  /** (Re)starts the measure of an import of {@code rows} rows: a retried transaction starts again from zero. */
  void start(long rows) {
    total = rows;
    start = nanoTime.getAsLong();
    done = 0;
    reportedRows = 0;
    reportedAt = start;
    reported = false;
  }

  /** The database took a batch of {@code rows} rows. */
  void sent(int rows) {
    done = Math.min(total, done + rows);
    long now = nanoTime.getAsLong();
    if (done - reportedRows >= everyRows || now - reportedAt >= everyNanos) {
      report(now);
    }
  }

  /** Everything is written: the last report, with every row done. */
  void finish() {
    done = total;
    if (!reported || reportedRows != total) {
      report(nanoTime.getAsLong());
    }
  }

  private void report(long now) {
    reported = true;
    reportedRows = done;
    reportedAt = now;
    long elapsed = Math.max(0, now - start);
    double rate = elapsed == 0 ? 0 : done * 1e9 / elapsed;
    Optional<Duration> left = done == total ? Optional.of(Duration.ZERO)
        : rate == 0 ? Optional.empty() : Optional.of(Duration.ofNanos((long) ((total - done) / rate * 1e9)));
    try {
      callback.accept(new ImportProgress(done, total, rate, left));
    } catch (RuntimeException e) {
      LOG.warn("import progress callback failed: {}", e.getClass().getName());
    }
  }
}
