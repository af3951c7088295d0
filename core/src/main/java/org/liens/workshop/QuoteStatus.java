package org.liens.workshop;

/** The life of a {@link Quote}: {@code PROPOSED → ACCEPTED} (by its validity date) or {@code → DECLINED}. */
public enum QuoteStatus {
  /** Sent to the client, awaiting an answer. */
  PROPOSED,
  /** Terminal: a workshop series was opened. */
  ACCEPTED,
  /** Terminal. */
  DECLINED
}
