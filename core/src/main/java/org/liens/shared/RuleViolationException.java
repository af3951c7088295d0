package org.liens.shared;

/** A well-formed request that a business rule of an offer refuses (a contact outside the period, an ineligible referral, a team too large). */
public class RuleViolationException extends LiensException {
  public RuleViolationException(ErrorCode code, String message) {
    super(code, message);
  }

  public RuleViolationException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
