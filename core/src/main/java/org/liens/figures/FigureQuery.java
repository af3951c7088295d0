package org.liens.figures;

import java.time.Instant;
import java.time.LocalDate;
import org.liens.shared.Checks;

/**
 * What a report counts (issue 12): the files received from {@code from} to {@code to} (both included) that pass the
 * filters, as the storage knew them at {@code knownAt} (recorded time: later corrections are not seen). Treat as a
 * value type.
 *
 * @param from the first day of the period
 * @param to the last day of the period, included
 * @param filters what the report is narrowed to
 * @param knownAt the knowledge instant: facts recorded after it are ignored
 */
public record FigureQuery(LocalDate from, LocalDate to, FigureFilters filters, Instant knownAt) {
  /**
   * Checks the components: every one required, {@code to} not before {@code from}.
   *
   * @param from the first day of the period
   * @param to the last day of the period, included
   * @param filters what the report is narrowed to
   * @param knownAt the knowledge instant
   */
  public FigureQuery {
    Checks.requiredAll("from, to, filters, knownAt", from, to, filters, knownAt);
    Checks.date(from, "from");
    Checks.date(to, "to");
    Checks.check(!to.isBefore(from), "period: the last day is not before the first");
  }

  /**
   * {@return whether a file received on {@code day} is in the period}
   *
   * @param day the day the referral was received
   */
  public boolean inPeriod(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
