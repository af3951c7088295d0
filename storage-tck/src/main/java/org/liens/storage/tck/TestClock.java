package org.liens.storage.tck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand; starts at 9:00 UTC on the given day. Not thread-safe for writers. */
public final class TestClock extends Clock {
  private volatile Instant now;

  public TestClock(LocalDate today) {
    set(today);
  }

  public void set(LocalDate today) {
    now = today.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

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
