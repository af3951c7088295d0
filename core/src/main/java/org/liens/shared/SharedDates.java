package org.liens.shared;

import java.time.LocalDate;

/**
 * One {@link LocalDate} instance per day of the supported range ({@link Bounds#EARLIEST_DATE} to
 * {@link Bounds#LATEST_DATE}), handed out by {@link Checks#date}: a million contacts fall on a few hundred days, and
 * each kept its own 24-byte copy of its day (issue 13, target 6: 2.2 million dates in the heap of 100 k
 * accompaniments). Filled on first use of a day; a race stores equal values, and a {@code LocalDate}'s final fields
 * make it safe to read from any thread. The model's value types call it; hosts have no reason to.
 */
public final class SharedDates {
  private static final long FIRST = Bounds.EARLIEST_DATE.toEpochDay();
  private static final LocalDate[] DAYS = new LocalDate[Math.toIntExact(Bounds.LATEST_DATE.toEpochDay() - FIRST + 1)];

  private SharedDates() {}

  /**
   * {@return the shared instance equal to {@code date}; {@code date} itself outside the supported range (a visit
   * planned after a first appointment fixed on its last day)}
   *
   * @param date a date, not null
   */
  public static LocalDate of(LocalDate date) {
    long day = date.toEpochDay() - FIRST;
    if (day < 0 || day >= DAYS.length) {
      return date;
    }
    int i = (int) day;
    LocalDate shared = DAYS[i];
    if (shared == null) {
      DAYS[i] = date;
      return date;
    }
    return shared;
  }
}
