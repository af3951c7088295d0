package org.liens.shared;

import java.util.List;
import org.liens.event.EventPayload;

/**
 * The result of a command on an immutable aggregate: its new state and the events that say what happened.
 * The aggregate the command was called on is left untouched, so a refused command changes nothing.
 *
 * @param after the aggregate after the command (same id, same version until stored)
 * @param events what happened, in order; never empty for a command that changed something
 */
public record Change<A extends Aggregate>(A after, List<EventPayload> events) {
  /**
   * Checks the components: {@code after} required; {@code events} copied unmodifiable, without null element.
   *
   * @param after the aggregate after the command (same id, same version until stored)
   * @param events what happened, in order; never empty for a command that changed something
   */
  public Change {
    Checks.required(after, "after");
    events = Checks.listOf(events, "events");
  }

  /**
   * {@return the change to {@code after}, with its events}
   *
   * @param <A> the type of the aggregate
   * @param after the aggregate as the command leaves it
   * @param events what happened, in order; none for a command that changed nothing
   */
  public static <A extends Aggregate> Change<A> of(A after, EventPayload... events) {
    return new Change<>(after, List.of(events));
  }
}
