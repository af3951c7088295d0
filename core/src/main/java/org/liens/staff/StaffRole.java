package org.liens.staff;

/** What a staff member of the organisation that runs the offers does (R5, R8); a member may hold several roles. */
public enum StaffRole {
  /** Visits families, records contacts, writes the DIA and the action report (intervenant éducateur). */
  EDUCATOR,
  /** The positive-psychopedagogy practitioner of MADI teams (R5) and of ARCS workshops (R3, R9). */
  PRACTITIONER,
  /** Validates referrals and keeps the active caseload (coordinateur). */
  COORDINATOR;

  /** {@return whether a member in this role may be on an accompaniment's team: educators and practitioners} */
  public boolean joinsTeams() {
    return this != COORDINATOR;
  }
}
