package org.liens.referral;

/**
 * The lifecycle of a referral (R8): received → assessed → validated or rejected; a referral nobody acted upon within
 * its delays ({@link ReferralDeadlines}) is expired.
 */
public enum ReferralStatus {
  /** The coordinator received it. */
  RECEIVED,
  /** Needs assessed with the prescriber; it may now be validated or rejected. */
  ASSESSED,
  /** Terminal: validated; an accompaniment was opened and entered the active caseload. */
  VALIDATED,
  /** Terminal: rejected, with a reason. */
  REJECTED,
  /** Terminal: nobody acted upon it within its delay ({@link ReferralDeadlines}); the reason says which delay. */
  EXPIRED;

  /** {@return whether no further transition is possible} */
  public boolean isTerminal() {
    return this == VALIDATED || this == REJECTED || this == EXPIRED;
  }
}
