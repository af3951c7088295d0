package org.liens.referral;

/**
 * What the parents (MAPA: the caregivers) consent to (R7, R8). Each purpose is given and revoked on its own, and
 * every change is kept in the accompaniment's {@link ConsentHistory}.
 */
public enum ConsentPurpose {
  /** The accompaniment itself (R7: "sur demande ou approbation des parents"); no accompaniment without it. */
  ACCOMPANIMENT,
  /**
   * Sharing the accompaniment's progress with the prescriber (R8: the active caseload "que le prescripteur peut
   * consulter"). Revoked, the accompaniment leaves the prescriber's view at once.
   */
  SHARING_WITH_PRESCRIBER
}
