package org.liens.money;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A fixed clock that a test moves on explicitly, day by day: time never passes by itself. */
final class MutableClock extends Clock {
  private final ZoneId zone;
  private Instant instant;

  MutableClock(LocalDate today, ZoneId zone) {
    this.zone = zone;
    this.instant = today.atTime(10, 0).atZone(zone).toInstant();
  }

  void set(LocalDate today) {
    instant = today.atTime(10, 0).atZone(zone).toInstant();
  }

  void advanceDays(long days) {
    set(LocalDate.now(this).plusDays(days));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return instant;
  }
}
