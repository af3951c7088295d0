package org.liens.figures;

/**
 * Whether a count of a report is shown, and if not why (issue 12, small-cell suppression).
 */
public enum CellStatus {
  /** Shown as it is. */
  SHOWN,
  /** Primary suppression: a count from 1 to the threshold minus one, shown as {@code "< 5"} (threshold 5). */
  SMALL,
  /**
   * Complementary suppression: a count hidden so that no small count can be recomputed from the totals and the other
   * cells, shown as {@code "s"} (the "secret statistique" mark of French official statistics); any value.
   */
  SECONDARY
}
