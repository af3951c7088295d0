package org.liens.accompaniment;

/** Where a count of contacts stands against its target and its expected pace (R4). */
public enum ProgressStatus {
  /** Fewer contacts than the pace expects by this date. */
  UNDER,
  /** At or above the pace, below the minimum target. */
  ON_TRACK,
  /** Within the target range. */
  REACHED,
  /** Above the maximum of the target range. */
  OVER
}
