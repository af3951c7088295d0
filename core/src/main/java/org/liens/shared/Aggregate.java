package org.liens.shared;

import java.util.UUID;

/**
 * An aggregate: a consistency boundary stored and versioned as a whole.
 *
 * <p>{@link #version()} is the optimistic version the aggregate was read at (0 for one never stored). A store
 * accepts a save only if the stored version still equals it, then increments it; otherwise it throws
 * {@link ConcurrentUpdateException}, so no update is ever lost silently.
 */
public interface Aggregate {
  /** The aggregate's id as a UUID. */
  UUID uuid();

  /** The version this copy was read at; 0 before the first save. */
  long version();

  /** The kind of aggregate, as named in events and storage ("Accompaniment", "Referral"…). */
  default String aggregateType() {
    return getClass().getSimpleName().replaceFirst("^Immutable", "");
  }
}
