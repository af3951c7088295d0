package org.liens.storage.tck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that follows a {@link TestClock} until it is {@linkplain #tickFrom armed}, then moves on by a step at
 * each read: a test of a use case that reads the clock more than once sees a different instant at each read, so a
 * day (or a year) can change between two of them.
 */
public final class TickingClock extends Clock {
  private final TestClock base;
  private volatile Instant next;
  private volatile Duration step;

  /**
   * A clock that answers as {@code base} until {@link #tickFrom} is called.
   *
   * @param base the test clock it follows
   */
  public TickingClock(TestClock base) {
    this.base = base;
  }

  /**
   * From now on, the first read answers {@code first}, and each later read {@code step} more than the previous.
   *
   * @param first the instant of the next read
   * @param step how much each later read adds
   */
  public synchronized void tickFrom(Instant first, Duration step) {
    this.next = first;
    this.step = step;
  }

  /** Back to following the test clock. */
  public synchronized void stop() {
    next = null;
    step = null;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public synchronized Instant instant() {
    if (next == null) {
      return base.instant();
    }
    Instant now = next;
    next = next.plus(step);
    return now;
  }
}
