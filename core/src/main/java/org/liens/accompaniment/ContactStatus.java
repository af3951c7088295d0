package org.liens.accompaniment;

/**
 * Where a contact stands (R4, issue 14): planned, held, missed (saying who missed it) or cancelled. Only held
 * contacts count toward the home-visit and remote-contact targets and their pace, and only held ARCS sessions are
 * billed; missed ones are kept, counted apart in the progress and listed in the action report.
 *
 * <p>A contact is recorded in any status but {@link #CANCELLED}; a {@link #PLANNED} one is later settled, once, as
 * held, missed or cancelled (or planned again on another day). When an accompaniment ends, the contacts still
 * planned are cancelled with it.
 */
public enum ContactStatus {
  /** An appointment made, not yet settled; it may fall on a later day. */
  PLANNED,
  /** It took place: the only status that counts toward the targets and is billed. */
  HELD,
  /** Missed: the family was not there. */
  MISSED_FAMILY_ABSENT,
  /** Missed: the family cancelled it too late to plan another in its place. */
  MISSED_CANCELLED_BY_FAMILY,
  /** Missed: the service cancelled it (educator absent, strike, weather). */
  MISSED_CANCELLED_BY_SERVICE,
  /** Withdrawn from the plan without counting as missed, as when it is replaced by another appointment. */
  CANCELLED;

  /** {@return whether the contact took place and counts toward the targets} */
  public boolean held() {
    return this == HELD;
  }

  /** {@return whether the contact was missed, by the family or by the service} */
  public boolean missed() {
    return this == MISSED_FAMILY_ABSENT || this == MISSED_CANCELLED_BY_FAMILY || this == MISSED_CANCELLED_BY_SERVICE;
  }

  /** {@return whether its day has come and gone: held or missed, so no later than today} */
  public boolean happened() {
    return held() || missed();
  }
}
