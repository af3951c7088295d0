package org.liens.storage.tck;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.liens.test.MutableClock;

/**
 * A clock that tests move by hand: "today" is the day it was last set to, at 9:00:00.123456789 UTC, so that
 * adapters are also checked on sub-second precision. Time never passes by itself. The contracts' {@link
 * MutableClock} (from {@code liens-test}), in UTC; hosts use {@code MutableClock} itself.
 */
public final class TestClock extends MutableClock {
  /** The time of day this clock is set at: sub-second, to check that adapters keep nanoseconds. */
  public static final LocalTime TIME_OF_DAY = LocalTime.of(9, 0, 0, 123_456_789);

  /**
   * A clock set to {@code today}.
   *
   * @param today the day "today" is
   */
  public TestClock(LocalDate today) {
    super(today, TIME_OF_DAY, ZoneOffset.UTC);
  }
}
