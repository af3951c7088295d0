package org.liens.billing;

/**
 * Named policy: when the price of a module (MIP, MADI, MAPA) becomes due. The seeds are silent (DESIGN §1); the
 * default bills in full once the first appointment took place, nothing before.
 */
public enum ModuleBillingMoment {
  /** The default: due once the first appointment took place (its date is today or past), nothing before. */
  ONCE_FIRST_APPOINTMENT_HELD,
  /** Due once the accompaniment ended (closed, or succeeded by a MADI): one invoice, after the service. */
  AT_END
}
