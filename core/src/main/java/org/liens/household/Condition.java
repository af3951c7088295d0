package org.liens.household;

/**
 * Why a person needs care (R1, MAPA: "porteurs d'un handicap, d'une maladie longue, orpheline"). Health data:
 * sensitive under the GDPR; Liens never logs it nor puts it in events.
 */
public enum Condition {
  /** Handicap. */
  DISABILITY,
  /** Maladie longue. */
  LONG_ILLNESS,
  /** Maladie orpheline. */
  RARE_ILLNESS
}
