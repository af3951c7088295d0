package org.liens.referral;

/** What a {@link ConsentEntry} records: a consent given, or a consent revoked. */
public enum ConsentAct {
  /** The consent was given (again). */
  GIVEN,
  /** The consent was revoked. */
  REVOKED
}
