package org.liens.referral;

/** Why a family is referred (R1): what the parents or caregivers express. */
public enum ReferralReason {
  /** Situation de crise (MIP). */
  CRISIS,
  /** Évènement familial: a separation, a birth, a bereavement, a move (MIP). */
  FAMILY_EVENT,
  /** Évènement spécifique à leurs enfants (MIP, MADI). */
  CHILD_SPECIFIC_EVENT,
  /** Crise aiguë (MADI). */
  ACUTE_CRISIS,
  /** A family caregiver facing a crisis or an event (MAPA). */
  CAREGIVER_CRISIS,
  /** A child whose self-esteem suffers from school difficulties (ARCS). */
  SCHOOL_DIFFICULTIES,
  /** A reason none of the others names. */
  OTHER
}
