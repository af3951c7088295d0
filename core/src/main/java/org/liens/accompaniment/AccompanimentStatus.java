package org.liens.accompaniment;

/**
 * The lifecycle of an accompaniment (R2, R6, R8). {@code VALIDATED → ACTIVE → CLOSED}; {@code VALIDATED} or
 * {@code ACTIVE → CANCELLED} (with a reason) or {@code → SUCCEEDED} (a MADI took over, R6).
 */
public enum AccompanimentStatus {
  /** In the active caseload, waiting for its first appointment. */
  VALIDATED,
  /** Started by its first appointment; contacts are recorded. */
  ACTIVE,
  /** Terminal: ended with an action report. */
  CLOSED,
  /** Terminal: stopped with a reason. */
  CANCELLED,
  /** Terminal: replaced by a MADI that continues with the same team (R6). */
  SUCCEEDED;

  /**
   * Validated or active: part of the active caseload ("file active").
   *
   * @return {@code true} for {@code VALIDATED} and {@code ACTIVE}
   */
  public boolean isOpen() {
    return this == VALIDATED || this == ACTIVE;
  }
}
