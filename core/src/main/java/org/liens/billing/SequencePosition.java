package org.liens.billing;

import java.time.LocalDate;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * Where a numbering series stands: the last number given and the day it was issued. The rule of continuous,
 * chronological numbering lives here, so every storage adapter applies it the same way: the next number is the
 * last plus one, and it is never issued on a day before the last one.
 *
 * @param last the last number given, 1 or more
 * @param lastIssuedOn the issue date of that number
 */
public record SequencePosition(long last, LocalDate lastIssuedOn) {
  /**
   * Checks the components: {@code lastIssuedOn} required; and the rules stated for the type.
   *
   * @param last the last number given, 1 or more
   * @param lastIssuedOn the issue date of that number
   */
  public SequencePosition {
    Checks.check(last >= 1, "a series position is 1 or more, was " + last);
    Checks.required(lastIssuedOn, "lastIssuedOn");
  }

  /**
   * {@return the position after the first number of a series, issued on {@code issuedOn}}
   *
   * @param issuedOn the issue date
   */
  public static SequencePosition first(LocalDate issuedOn) {
    return new SequencePosition(1, issuedOn);
  }

  /**
   * {@return the position after the next number, issued on {@code issuedOn}}
   *
   * @param issuedOn the issue date
   * @throws RuleViolationException with {@link ErrorCode#NON_CHRONOLOGICAL_NUMBERING} if {@code issuedOn} is before
   *     {@link #lastIssuedOn()}
   */
  public SequencePosition next(LocalDate issuedOn) {
    Checks.required(issuedOn, "issuedOn");
    if (issuedOn.isBefore(lastIssuedOn)) {
      throw new RuleViolationException(ErrorCode.NON_CHRONOLOGICAL_NUMBERING,
          "number " + (last + 1) + " cannot be issued on " + issuedOn + ", number " + last + " was issued on " + lastIssuedOn);
    }
    return new SequencePosition(Math.addExact(last, 1), issuedOn);
  }
}
