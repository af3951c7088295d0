package org.liens.catalog;

/** How a referral reaches the coordinator (R7, R9); an offer lists the channels it accepts. */
public enum ReferralChannel {
  /** A field worker mandated by a partner organisation or institution prescribes. */
  PARTNER_FIELD_WORKER,
  /** The parents (MAPA: the caregivers) ask for it themselves. */
  FAMILY_REQUEST,
  /** A local authority or institution orders it through the coordinator (ARCS). */
  INSTITUTION_ORDER
}
