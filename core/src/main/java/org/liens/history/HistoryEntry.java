package org.liens.history;

import java.time.Instant;
import java.util.Optional;
import org.liens.access.Role;
import org.liens.shared.Checks;

/**
 * One step of an aggregate's history (issue 14): when, who, what happened, the state before and after, and why.
 * States are the names of the aggregate's status ({@code ReferralStatus}, {@code AccompanimentStatus},
 * {@code InvoiceStatus}); an agreement has none. No personal data: the actor is its pseudonymous user id.
 *
 * @param at when it happened
 * @param userId who did it: the actor's pseudonymous user id
 * @param role in which role
 * @param event what happened: the event's type, e.g. {@code ReferralRejected}
 * @param from the state before; empty for the first step or an aggregate without states
 * @param to the state after; the same as {@code from} when the event did not change the state
 * @param reason the coded reason the event carries, e.g. {@code NOT_ASSESSED_IN_TIME}; free-text reasons stay on the
 *     aggregate
 */
public record HistoryEntry(
    Instant at, String userId, Role role, String event, Optional<String> from, Optional<String> to,
    Optional<String> reason) {

  /**
   * Checks the components.
   *
   * @param at when it happened
   * @param userId who did it
   * @param role in which role
   * @param event what happened
   * @param from the state before
   * @param to the state after
   * @param reason the coded reason
   */
  public HistoryEntry {
    Checks.requiredAll("at, userId, role, event", at, userId, role, event);
    Checks.optional(from, "from");
    Checks.optional(to, "to");
    Checks.optional(reason, "reason");
  }

  /** {@return whether this step moved the aggregate to another state} */
  public boolean changesState() {
    return to.isPresent() && !to.equals(from);
  }
}
