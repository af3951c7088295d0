package org.liens.access;

/** The roles of the people who use Liens (R8): who coordinates, who visits, who prescribes, who pays. */
public enum Role {
  /** Validates referrals, keeps the active caseload (coordinateur). */
  COORDINATOR,
  /** Visits the family, records contacts, writes the DIA and the action report (intervenant éducateur). */
  EDUCATOR,
  /** Mandated field worker of a partner organisation who refers families and consults their caseload. */
  PRESCRIBER,
  /** Pays for places and receives invoices and figures. */
  FUNDER,
  /** Configures the organisation: catalogue, tariffs, agreements. */
  ADMINISTRATOR,
  /** The library itself or a host's batch job, acting without a person. */
  SYSTEM
}
