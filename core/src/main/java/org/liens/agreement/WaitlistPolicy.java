package org.liens.agreement;

/**
 * Named policy: what validating an accompaniment under a funding agreement does when the agreement has no place
 * left for its offer (R10). The seeds are silent; the default refuses.
 */
public enum WaitlistPolicy {
  /** The default: the validation is refused with {@code NO_PLACE_LEFT}; nothing is stored. */
  REFUSE,
  /**
   * The validation goes through and the accompaniment waits on the agreement's waitlist; it is not billable
   * until a place is released to it (first come, first served).
   */
  WAITLIST
}
