package org.liens.accompaniment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.liens.catalog.OfferDuration;
import org.liens.shared.Checks;

/**
 * The period an accompaniment covers: from the first appointment to an exclusive end (R2), or open-ended for
 * per-session offers (ARCS). Half-open like {@code LocalDateRange}: {@code [start, endExclusive)}. Treat as a
 * value type.
 *
 * @param start the first appointment, first day of the period
 * @param endExclusive the first day after the period; empty for an offer without a fixed duration
 */
public record CarePeriod(LocalDate start, Optional<LocalDate> endExclusive) {
  public CarePeriod {
    Checks.required(start, "start");
    Checks.optional(endExclusive, "endExclusive");
    endExclusive.ifPresent(e -> Checks.check(e.isAfter(start), "a period ends after it starts"));
  }

  /**
   * {@return the period of an offer of {@code duration} starting on {@code firstAppointment}, with the given
   * end-date convention} For six months from 2023-08-31 under the default convention: {@code [2023-08-31,
   * 2024-02-29)}.
   *
   * @param firstAppointment the date of the first appointment (R2)
   * @param convention the end-date convention, frozen at opening
   * @param duration the offer's duration: six months for MIP, MADI, MAPA (R2), none for ARCS
   */
  public static CarePeriod starting(LocalDate firstAppointment, OfferDuration duration, EndDateConvention convention) {
    Checks.required(duration, "duration");
    Checks.required(convention, "convention");
    return new CarePeriod(firstAppointment, duration.anniversary(firstAppointment).map(convention::endExclusive));
  }

  /**
   * {@return whether {@code date} is inside the period}
   *
   * @param date the day tested
   */
  public boolean contains(LocalDate date) {
    Checks.required(date, "date");
    return !date.isBefore(start) && endExclusive.map(date::isBefore).orElse(true);
  }

  /** {@return the last day covered, if the period has an end} */
  public Optional<LocalDate> lastDay() {
    return endExclusive.map(e -> e.minusDays(1));
  }

  /** {@return the number of days covered, if the period has an end} */
  public Optional<Long> lengthInDays() {
    return endExclusive.map(e -> ChronoUnit.DAYS.between(start, e));
  }

  /**
   * {@return days of the period elapsed by the end of {@code date}: 0 before the start, the whole length after the
   * end}
   *
   * @param date the day counted up to, included
   */
  public long elapsedDays(LocalDate date) {
    long elapsed = Math.max(0, ChronoUnit.DAYS.between(start, Checks.required(date, "date")) + 1);
    return lengthInDays().map(length -> Math.min(length, elapsed)).orElse(elapsed);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + endExclusive.map(LocalDate::toString).orElse("…") + ")";
  }
}
