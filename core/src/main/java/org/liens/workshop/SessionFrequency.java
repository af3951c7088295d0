package org.liens.workshop;

/**
 * How often a group workshop meets (R3: "fréquence des ateliers ?"). It shapes the calendar, not the price: the
 * group model prices sessions, however spaced.
 */
public enum SessionFrequency {
  /** The model: one session a week between two school holidays. */
  WEEKLY,
  /** Two sessions a week. */
  TWICE_A_WEEK,
  /** One session every two weeks. */
  FORTNIGHTLY,
  /** One session a month. */
  MONTHLY
}
