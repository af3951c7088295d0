package org.liens.accompaniment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.liens.catalog.OfferDuration;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * The period an accompaniment covers: from the first appointment to an exclusive end (R2), or open-ended for
 * per-session offers (ARCS). Half-open like {@code LocalDateRange}: {@code [start, endExclusive)}. Treat as a
 * value type.
 *
 * <p>A period starts between {@link #EARLIEST_START} and {@link #LATEST_START}: every adapter can store its dates,
 * and no date arithmetic of a period can overflow ({@code LocalDate.MAX} plus six months would). Any other start is
 * refused with {@link ErrorCode#INVALID_VALUE} naming the field.
 *
 * @param start the first appointment, first day of the period
 * @param endExclusive the first day after the period; empty for an offer without a fixed duration
 */
public record CarePeriod(LocalDate start, Optional<LocalDate> endExclusive) {
  /** The earliest first appointment Liens accepts. */
  public static final LocalDate EARLIEST_START = LocalDate.of(1900, 1, 1);
  /** The latest first appointment Liens accepts. */
  public static final LocalDate LATEST_START = LocalDate.of(2200, 12, 31);

  /**
   * Checks the components: {@code endExclusive} an {@code Optional}, never null; and the rules stated for the type.
   *
   * @param start the first appointment, first day of the period
   * @param endExclusive the first day after the period; empty for an offer without a fixed duration
   */
  public CarePeriod {
    requireInRange(start, "start");
    Checks.optional(endExclusive, "endExclusive");
    endExclusive.ifPresent(e -> Checks.check(e.isAfter(start), "a period ends after it starts"));
  }

  /**
   * The period of an offer of {@code duration} starting on {@code firstAppointment}, with the given end-date
   * convention. For six months from 2023-08-31 under the default convention: {@code [2023-08-31, 2024-02-29)}.
   *
   * @param firstAppointment the first day of the period
   * @param duration the offer's duration: months, or per session (no end)
   * @param convention how the last day is counted, frozen on the accompaniment
   * @return the period
   */
  public static CarePeriod starting(LocalDate firstAppointment, OfferDuration duration, EndDateConvention convention) {
    Checks.required(duration, "duration");
    Checks.required(convention, "convention");
    requireInRange(firstAppointment, "firstAppointment");
    return new CarePeriod(firstAppointment, duration.anniversary(firstAppointment).map(convention::endExclusive));
  }

  /**
   * Returns {@code date} if it may start a period.
   *
   * @param date the date to check
   * @param field the name of the field, for the error message
   * @return {@code date}
   * @throws InvalidInputException with {@link ErrorCode#MISSING_VALUE} if absent, {@link ErrorCode#INVALID_VALUE}
   *     naming {@code field} if before {@link #EARLIEST_START} or after {@link #LATEST_START}
   */
  public static LocalDate requireInRange(LocalDate date, String field) {
    Checks.required(date, field);
    if (date.isBefore(EARLIEST_START) || date.isAfter(LATEST_START)) {
      throw new InvalidInputException(
          ErrorCode.INVALID_VALUE, field + " must be between " + EARLIEST_START + " and " + LATEST_START);
    }
    return date;
  }

  /**
   * {@return whether {@code date} is inside the period: on or after the start, before the end if it has one}
   * @param date the day to test
   */
  public boolean contains(LocalDate date) {
    Checks.required(date, "date");
    return !date.isBefore(start) && (endExclusive.isEmpty() || date.isBefore(endExclusive.get()));
  }

  /** {@return the last day covered, if the period has an end} */
  public Optional<LocalDate> lastDay() {
    return endExclusive.map(e -> e.minusDays(1));
  }

  /** {@return the number of days covered, if the period has an end} */
  public Optional<Long> lengthInDays() {
    return endExclusive.map(e -> ChronoUnit.DAYS.between(start, e));
  }

  /** The number of days covered, for a period with an end: {@link #lengthInDays()} without boxing it. */
  long days() {
    return endExclusive.get().toEpochDay() - start.toEpochDay();
  }

  /**
   * {@return the days of the period elapsed by the end of {@code date}: 0 before the start, the whole length after the
   * end}
   * @param date the day counted up to, included
   */
  public long elapsedDays(LocalDate date) {
    long elapsed = Math.max(0, ChronoUnit.DAYS.between(start, Checks.required(date, "date")) + 1);
    return endExclusive.isEmpty() ? elapsed : Math.min(days(), elapsed);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + endExclusive.map(LocalDate::toString).orElse("…") + ")";
  }
}
