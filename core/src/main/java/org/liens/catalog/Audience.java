package org.liens.catalog;

/** Whom an offer serves, and so who must consent (R7) and in whose names documents are written (R8). */
public enum Audience {
  /** MIP, MADI: the parents; consent and DIA by the parent(s). */
  PARENTS,
  /** MAPA: family caregivers; consent and DIA by the caregiver(s). */
  CAREGIVERS,
  /** ARCS: children from CP; consent by their parents. */
  CHILDREN;

  /**
   * {@return whether caregivers consent ({@code CAREGIVERS}), rather than parents ({@code PARENTS}, {@code CHILDREN})}
   */
  public boolean consentByCaregivers() {
    return this == CAREGIVERS;
  }
}
