package org.liens.storage.tck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests move by hand: "today" is the day it was last set to, at 9:00:00.123456789 UTC, so that
 * adapters are also checked on sub-second precision. Time never passes by itself. Not thread-safe for writers.
 */
public final class TestClock extends Clock {
  private volatile Instant now;

  /**
   * A clock set to {@code today}.
   *
   * @param today the day "today" is
   */
  public TestClock(LocalDate today) {
    set(today);
  }

  /**
   * Sets "today".
   *
   * @param today the new day, at 9:00:00.123456789 UTC
   */
  public void set(LocalDate today) {
    now = today.atTime(9, 0).toInstant(ZoneOffset.UTC).plusNanos(123_456_789);
  }

  /**
   * Moves "today" {@code days} days on.
   *
   * @param days how many days; zero or more
   */
  public void advanceDays(long days) {
    set(today().plusDays(days));
  }

  /** {@return the day it is, in UTC} */
  public LocalDate today() {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
