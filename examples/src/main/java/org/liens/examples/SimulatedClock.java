package org.liens.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock the demo moves forward by hand, so that six months of an accompaniment run in a second. */
final class SimulatedClock extends Clock {
  private final ZoneId zone;
  private Instant now;

  SimulatedClock(LocalDate start, ZoneId zone) {
    this.zone = zone;
    this.now = start.atTime(9, 0).atZone(zone).toInstant();
  }

  void advanceTo(LocalDate date) {
    now = date.atTime(9, 0).atZone(zone).toInstant();
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  LocalDate today() {
    return LocalDate.ofInstant(now, zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    SimulatedClock copy = new SimulatedClock(today(), other);
    copy.now = now;
    return copy;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
