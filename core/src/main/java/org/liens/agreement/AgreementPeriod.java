package org.liens.agreement;

import java.time.LocalDate;
import org.liens.shared.Bounds;
import org.liens.shared.Checks;

/**
 * The period a funding agreement covers, half-open like {@code LocalDateRange}: {@code [start, endExclusive)}.
 * An agreement "du 1er janvier au 31 décembre 2023" is {@code ofClosed(2023-01-01, 2023-12-31)}, i.e.
 * {@code [2023-01-01, 2024-01-01)}. Treat as a value type.
 *
 * @param start the first day covered
 * @param endExclusive the first day after the period
 */
public record AgreementPeriod(LocalDate start, LocalDate endExclusive) {
  /**
   * Checks the components: {@code endExclusive} required; {@code start} within the supported date range; and the
   * rules stated for the type.
   *
   * @param start the first day covered
   * @param endExclusive the first day after the period
   */
  public AgreementPeriod {
    Checks.date(start, "start");
    Checks.required(endExclusive, "endExclusive");
    Checks.check(endExclusive.isAfter(Bounds.EARLIEST_DATE) && !endExclusive.isAfter(Bounds.LATEST_DATE.plusDays(1)),
        "end must lie between " + Bounds.EARLIEST_DATE + " and " + Bounds.LATEST_DATE);
    Checks.check(endExclusive.isAfter(start), "an agreement period ends after it starts");
  }

  /**
   * {@return the period from {@code first} to {@code last}, both included}
   *
   * @param first the first day covered
   * @param last the last day covered
   */
  public static AgreementPeriod ofClosed(LocalDate first, LocalDate last) {
    return new AgreementPeriod(first, Checks.date(last, "last").plusDays(1));
  }

  /**
   * {@return the calendar year {@code year}}
   *
   * @param year the year, for instance 2023
   */
  public static AgreementPeriod year(int year) {
    return new AgreementPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /**
   * Whether the period covers a day.
   *
   * @param date the day tested
   * @return {@code true} from the start, included, to the end, excluded
   */
  public boolean contains(LocalDate date) {
    Checks.required(date, "date");
    return !date.isBefore(start) && date.isBefore(endExclusive);
  }

  /** {@return the last day covered} */
  public LocalDate lastDay() {
    return endExclusive.minusDays(1);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + endExclusive + ")";
  }
}
