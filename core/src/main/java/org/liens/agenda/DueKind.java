package org.liens.agenda;

/** What a {@link DueItem} asks for (issue 14). */
public enum DueKind {
  /** A home visit planned on the schedule (R3) and not yet done; overdue once its day has passed. */
  PLANNED_VISIT,
  /**
   * A contact planned as an appointment (issue 14) and not yet settled: due on its day; overdue once that day has
   * passed, until it is recorded held, missed or cancelled.
   */
  PLANNED_CONTACT,
  /** The DIA (R8; MIP, MADI, MAPA) not yet written, due some days after the first appointment ({@link DuePolicy}). */
  SUPPORT_PLAN,
  /** The action report (R8) not yet written, due on the last day of the period; overdue once the period ended. */
  ACTION_REPORT,
  /** A referral waiting for a decision, due by its deadline ({@code ReferralDeadlines}). */
  REFERRAL_DECISION,
  /** An agreement in force with few places of an offer left ({@link DuePolicy#placesThreshold()}). */
  AGREEMENT_PLACES
}
