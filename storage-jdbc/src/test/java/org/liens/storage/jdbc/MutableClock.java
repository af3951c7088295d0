package org.liens.storage.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand: "today" is whatever day it was set to, at 10:00 UTC. */
final class MutableClock extends Clock {
  private Instant now;

  MutableClock(LocalDate today) {
    set(today);
  }

  void set(LocalDate today) {
    now = today.atTime(10, 0).toInstant(ZoneOffset.UTC).plusNanos(123_456_789);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return now;
  }
}
