package org.liens.referral;

/** The lifecycle of a referral (R8): received → assessed → validated or rejected. */
public enum ReferralStatus {
  /** The coordinator received it. */
  RECEIVED,
  /** Needs assessed with the prescriber; it may now be validated or rejected. */
  ASSESSED,
  /** Terminal: validated; an accompaniment was opened and entered the active caseload. */
  VALIDATED,
  /** Terminal: rejected, with a reason. */
  REJECTED;

  /** {@return whether no further transition is possible} */
  public boolean isTerminal() {
    return this == VALIDATED || this == REJECTED;
  }
}
