package org.liens.audit;

/** Whether the access policy let an operation through (CNIL référentiel: access logs record the outcome too). */
public enum AuditOutcome {
  /** The actor was allowed; the operation ran. */
  ALLOWED,
  /** The actor was refused with {@code ACCESS_DENIED}; nothing changed. */
  DENIED
}
