package org.liens.catalog;

/** Whom an offer serves, and so who must consent (R7) and in whose names documents are written (R8). */
public enum Audience {
  /** MIP, MADI: the parents; consent and DIA by the parent(s). */
  PARENTS,
  /** MAPA: family caregivers; consent and DIA by the caregiver(s). */
  CAREGIVERS,
  /** ARCS: children from CP; consent by their parents. */
  CHILDREN;

  /** Parents consent for {@code PARENTS} and {@code CHILDREN}; caregivers for {@code CAREGIVERS}. */
  public boolean consentByCaregivers() {
    return this == CAREGIVERS;
  }
}
