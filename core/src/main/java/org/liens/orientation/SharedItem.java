package org.liens.orientation;

/**
 * What the family agreed to share with the partner (CNIL référentiel: share only what a recipient needs to assess
 * the situation; an illness or a disability is health data and is never among these items).
 */
public enum SharedItem {
  /** How to reach the person: name, phone, e-mail. */
  CONTACT_DETAILS,
  /** Who lives in the household, ages of the children. */
  HOUSEHOLD_COMPOSITION,
  /** Why the educator proposes this action, in a sentence agreed with the family. */
  REASON_FOR_ORIENTATION
}
