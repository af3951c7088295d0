package org.liens.shared;

import java.util.UUID;
import org.immutables.value.Value;

/**
 * An aggregate: a consistency boundary stored and versioned as a whole (Referral, Accompaniment, Invoice…). The one
 * declaration of what every aggregate has: a typed {@link #id()}, an optimistic {@link #version()}, and the copy at a
 * new version that storage adapters make after a save. Aggregates change only through their commands, which return
 * a {@link Change} with the new state and its events.
 *
 * <p>{@link #version()} is the optimistic version the aggregate was read at (0 for one never stored). A store
 * accepts a save only if the stored version still equals it, then increments it; otherwise it throws
 * {@link ConcurrentUpdateException}, so no update is ever lost silently.
 */
public interface Aggregate {
  /** {@return the aggregate's typed id; each aggregate narrows the type ({@code ReferralId}…)} */
  EntityId id();

  /** {@return the version this copy was read at; 0 before the first save} */
  long version();

  /**
   * {@return this aggregate as stored at {@code newVersion}, otherwise equal; for storage adapters, never for
   * hosts}
   *
   * @param newVersion the version as stored, zero or more
   * @throws InvalidInputException for a negative version
   */
  Aggregate withVersion(long newVersion);

  /** {@return the aggregate's id as a UUID} */
  default UUID uuid() {
    return id().value();
  }

  /** {@return the kind of aggregate, as named in events and storage ("Accompaniment", "Referral"…)} */
  default String aggregateType() {
    String name = getClass().getSimpleName();
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name; // no regex per event
  }

  /** The invariant of every aggregate, checked when an Immutables aggregate is built; records check it themselves. */
  @Value.Check
  default void checkVersion() {
    checkVersion(version());
  }

  /**
   * Fails with {@link ErrorCode#INVALID_VALUE} for a negative version.
   * @param version the version to check
   */
  static void checkVersion(long version) {
    Checks.check(version >= 0, "version must be zero or more");
  }
}
