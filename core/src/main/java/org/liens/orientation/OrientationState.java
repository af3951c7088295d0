package org.liens.orientation;

/** Where an orientation stands (issue 16): proposed, then accepted, declined or expired. */
public enum OrientationState {
  /** Proposed to the partner, waiting for its answer. */
  PROPOSED,
  /** The partner took the person in; an outcome follows. */
  ACCEPTED,
  /** The partner (or the family) declined, with a reason. */
  DECLINED,
  /** No answer before the expiry date: it can no longer be accepted. */
  EXPIRED
}
