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

  /** Appends events, in order. */
  void append(List<DomainEvent> events);

  /** Up to {@code limit} unacknowledged events, oldest first (in append order). */
  List<DomainEvent> pending(int limit);

  /** Marks events as delivered; unknown or already acknowledged ids are ignored. */
  void acknowledge(Collection<UUID> eventIds);
}
