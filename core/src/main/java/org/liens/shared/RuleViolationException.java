package org.liens.shared;

/** A well-formed request that a business rule of an offer refuses (a contact outside the period, an ineligible referral, a team too large). */
public class RuleViolationException extends LiensException {
  /**
   * A failure with its stable code.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   */
  public RuleViolationException(ErrorCode code, String message) {
    super(code, message);
  }

  /**
   * A failure with its stable code and the exception that caused it.
   *
   * @param code the stable error code (see the README's error table)
   * @param message what failed, without personal data or raw input
   * @param cause the underlying exception
   */
  public RuleViolationException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
