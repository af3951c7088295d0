package org.liens.household;

/** Whom a family caregiver cares for (R1, MAPA: "aidants familiaux d'enfants, de conjoints, de frères et sœurs ou d'aïeuls"). */
public enum Relationship {
  /** A child. */
  CHILD,
  /** A spouse or partner (conjoint). */
  SPOUSE,
  /** A brother or sister. */
  SIBLING,
  /** A parent or grandparent (aïeul). */
  ELDER
}
