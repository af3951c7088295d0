package org.liens.storage;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.liens.event.DomainEvent;

/**
 * The transactional outbox: every domain event is appended in the same transaction as the change it describes,
 * and stays pending until the host acknowledges it. Hosts that forward events to a bus poll
 * {@link #pending(int)} and {@link #acknowledge(Collection)} what they sent (at-least-once delivery).
 */
public interface EventOutbox {

  /**
   * Appends events, in order.
   *
   * @param events the events, in the order they were emitted
   */
  void append(List<DomainEvent> events);

  /**
   * Up to {@code limit} unacknowledged events, oldest first (in append order).
   *
   * @param limit the most events returned; more than zero
   * @return the events, oldest first
   */
  List<DomainEvent> pending(int limit);

  /**
   * Marks events as delivered; unknown or already acknowledged ids are ignored.
   *
   * @param eventIds the ids of the events delivered
   */
  void acknowledge(Collection<UUID> eventIds);

  /**
   * Deletes every event of these aggregates, pending or acknowledged, with its content: what the anonymisation of a
   * household does to the events of the household, its referrals and its accompaniments (issue 9). Events of other
   * aggregates stay, in order.
   *
   * @param aggregateIds the ids of the aggregates whose events are deleted
   * @return how many pending events were deleted (acknowledged ones are deleted too, not counted)
   */
  int forget(Collection<UUID> aggregateIds);

  /**
   * {@return every event of one aggregate still kept, pending or acknowledged, in append order: its history (issue
   * 14); empty once {@link #forget forgotten}}
   *
   * @param aggregateId the id of the aggregate
   */
  List<DomainEvent> ofAggregate(UUID aggregateId);
}
