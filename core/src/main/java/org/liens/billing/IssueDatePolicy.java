package org.liens.billing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * Named policy: the issue date of an invoice or credit note when the host's clock is behind its numbering series
 * (DESIGN §6: numbers follow the chronology). "Today" is read once, while the series is locked; a document is
 * never dated before its series' last issue date (nor before its draft, nor before the invoice it credits). When
 * another process whose clock runs slightly ahead issued first, today can be behind that date: within
 * {@code toleranceDays}, the document takes that date, so numbering stays chronological; beyond it the issue is
 * refused with {@link ErrorCode#CLOCK_BEHIND_SERIES} (a clock to fix, not a date to invent). Default: one day.
 *
 * @param toleranceDays how many days today may be behind and the document still be issued, 0 to 31
 */
public record IssueDatePolicy(int toleranceDays) {
  /** The default: one day of tolerance. */
  public static final IssueDatePolicy ONE_DAY_TOLERANCE = new IssueDatePolicy(1);
  /** No tolerance: a clock behind the series is refused. */
  public static final IssueDatePolicy STRICT = new IssueDatePolicy(0);

  /**
   * Checks the components against the rules stated for the type.
   *
   * @param toleranceDays how many days today may be behind and the document still be issued, 0 to 31
   */
  public IssueDatePolicy {
    Checks.check(toleranceDays >= 0 && toleranceDays <= 31, "a clock-skew tolerance is 0 to 31 days, was " + toleranceDays);
  }

  /**
   * The issue date of a document that may not be dated before {@code notBefore} (its series' last issue date, its
   * draft, the invoice it credits) when the clock, read under the series lock, says {@code today}: today if it is
   * not behind, else {@code notBefore} within the tolerance.
   *
   * @param notBefore the earliest date the document may carry
   * @param today the date the clock gives, read under the series lock
   * @return the issue date, never before {@code notBefore}
   * @throws RuleViolationException with {@link ErrorCode#CLOCK_BEHIND_SERIES} if today is more than the tolerance
   *     behind {@code notBefore}
   */
  public LocalDate issueDate(LocalDate notBefore, LocalDate today) {
    Checks.required(notBefore, "notBefore");
    Checks.required(today, "today");
    if (!today.isBefore(notBefore)) {
      return today;
    }
    long behind = ChronoUnit.DAYS.between(today, notBefore);
    if (behind > toleranceDays) {
      throw new RuleViolationException(ErrorCode.CLOCK_BEHIND_SERIES, "the clock is " + behind
          + " day(s) behind the last issue date of the numbering series, beyond the tolerance of " + toleranceDays);
    }
    return notBefore;
  }
}
