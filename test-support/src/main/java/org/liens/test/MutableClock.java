package org.liens.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.liens.Liens;

/**
 * A clock that tests set by hand: "today" is the day it was last set to, at a fixed time of day, and time never
 * passes by itself. Pass it to {@code Liens.builder().clock(…)}, then {@link #set(LocalDate)} or {@link
 * #advanceDays(long)} it between the steps of a story. By default the zone is {@link Liens#DEFAULT_ZONE}
 * (Europe/Paris) and the time of day 9:00. Safe to read from several threads; a move is atomic.
 */
public class MutableClock extends Clock {
  /** The time of day a day is set at, unless a constructor says otherwise: 9:00. */
  public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

  private final AtomicReference<Instant> now;
  private final LocalTime timeOfDay;
  private final ZoneId zone;

  /**
   * A clock set to {@code today} at 9:00 in Europe/Paris.
   *
   * @param today the day "today" is
   */
  public MutableClock(LocalDate today) {
    this(today, DEFAULT_TIME, Liens.DEFAULT_ZONE);
  }

  /**
   * A clock set to {@code today} at {@code timeOfDay} in {@code zone}.
   *
   * @param today the day "today" is
   * @param timeOfDay the time of day every {@link #set(LocalDate)} sets
   * @param zone the zone in which days begin and end
   */
  public MutableClock(LocalDate today, LocalTime timeOfDay, ZoneId zone) {
    this.timeOfDay = Objects.requireNonNull(timeOfDay, "timeOfDay");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.now = new AtomicReference<>(at(Objects.requireNonNull(today, "today")));
  }

  /**
   * Sets "today".
   *
   * @param today the new day, at this clock's time of day
   */
  public void set(LocalDate today) {
    now.set(at(Objects.requireNonNull(today, "today")));
  }

  /**
   * Moves "today" {@code days} days on, at this clock's time of day.
   *
   * @param days how many days; zero or more
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public void advanceDays(long days) {
    if (days < 0) {
      throw new IllegalArgumentException("a clock moves forward only");
    }
    now.updateAndGet(instant -> at(LocalDate.ofInstant(instant, zone).plusDays(days)));
  }

  /**
   * Moves the instant on by {@code duration}, which may change the day and the time of day.
   *
   * @param duration how long; zero or more
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a clock moves forward only");
    }
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /** {@return the day it is, in this clock's zone} */
  public LocalDate today() {
    return LocalDate.ofInstant(now.get(), zone);
  }

  /** {@return the zone in which days begin and end} */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * A view of this clock in another zone: it shows the same instant, and moves when this clock moves.
   *
   * @param other the zone of the view
   * @return the view, or this clock if the zone is its own
   */
  @Override
  public Clock withZone(ZoneId other) {
    if (zone.equals(other)) {
      return this;
    }
    return new ZoneView(this, other);
  }

  /** {@return the instant it is} */
  @Override
  public Instant instant() {
    return now.get();
  }

  private Instant at(LocalDate day) {
    return day.atTime(timeOfDay).atZone(zone).toInstant();
  }

  private static final class ZoneView extends Clock {
    private final MutableClock source;
    private final ZoneId zone;

    ZoneView(MutableClock source, ZoneId zone) {
      this.source = source;
      this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return source.withZone(other);
    }

    @Override
    public Instant instant() {
      return source.instant();
    }
  }
}
