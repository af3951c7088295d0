package org.liens.event;

import java.time.Instant;
import java.util.UUID;
import org.liens.access.Actor;
import org.liens.shared.Checks;

/**
 * One state change of one aggregate, with who did it and when. Emitted for every state change, written to the
 * outbox in the same transaction as the change, and delivered to the host's {@link DomainEventListener}s after
 * the transaction committed.
 *
 * @param id unique id of the event
 * @param occurredAt when it happened, from the injected clock
 * @param actor who caused it
 * @param aggregateType the kind of aggregate that changed ("Accompaniment"…)
 * @param aggregateId the id of the aggregate that changed
 * @param payload what happened
 */
public record DomainEvent(
    UUID id, Instant occurredAt, Actor actor, String aggregateType, UUID aggregateId, EventPayload payload) {
  /**
   * Checks the components: {@code id}, {@code occurredAt}, {@code actor}, {@code aggregateId} and {@code payload}
   * required; {@code aggregateType} a bounded, non-blank text.
   *
   * @param id unique id of the event
   * @param occurredAt when it happened, from the injected clock
   * @param actor who caused it
   * @param aggregateType the kind of aggregate that changed ("Accompaniment"…)
   * @param aggregateId the id of the aggregate that changed
   * @param payload what happened
   */
  public DomainEvent {
    Checks.required(id, "id");
    Checks.required(occurredAt, "occurredAt");
    Checks.required(actor, "actor");
    aggregateType = Checks.notBlank(aggregateType, "aggregateType");
    Checks.required(aggregateId, "aggregateId");
    Checks.required(payload, "payload");
  }

  /** {@return the payload's type name, e.g. {@code "ContactRecorded"}} */
  public String type() {
    return payload.type();
  }
}
