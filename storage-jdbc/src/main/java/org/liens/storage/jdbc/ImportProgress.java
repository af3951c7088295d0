package org.liens.storage.jdbc;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a {@link BulkImport} has got, as reported to its progress callback: counts, a rate and an estimate, never
 * a value of the rows.
 *
 * @param rowsDone the aggregates (organisations, households, agreements, referrals, accompaniments) sent to the
 *     database so far
 * @param rowsTotal the aggregates of the whole import
 * @param rowsPerSecond the average rate since the import started, {@code 0} before any time has passed
 * @param estimatedTimeLeft the time the remaining rows should take at that rate; {@link Duration#ZERO} once every
 *     row is done, empty while there is no rate yet
 */
public record ImportProgress(long rowsDone, long rowsTotal, double rowsPerSecond,
    Optional<Duration> estimatedTimeLeft) {

  /**
   * Checks the values.
   *
   * @param rowsDone the rows sent so far, between 0 and {@code rowsTotal}
   * @param rowsTotal the rows of the whole import, not negative
   * @param rowsPerSecond the average rate, not negative
   * @param estimatedTimeLeft the estimate, if there is a rate
   */
  public ImportProgress {
    if (rowsTotal < 0 || rowsDone < 0 || rowsDone > rowsTotal || !(rowsPerSecond >= 0)
        || estimatedTimeLeft == null) {
      throw new IllegalArgumentException("an import progress needs 0 <= done <= total, a rate >= 0, an estimate");
    }
  }

  /** {@return the share of the rows done, from 0 to 1 (1 for an empty import)} */
  public double fraction() {
    return rowsTotal == 0 ? 1 : (double) rowsDone / rowsTotal;
  }

  /** {@return whether every row is done} */
  public boolean done() {
    return rowsDone == rowsTotal;
  }
}
