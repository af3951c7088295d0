package org.liens.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liens.event.DomainEvent;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.storage.EventOutbox;

/** The outbox of domain events, in the order they were appended, written in the transaction that made them. */
final class OutboxRepository implements EventOutbox {
  private final Session session;
  private final MemoryStore store;

  OutboxRepository(Session session) {
    this.session = session;
    this.store = session.store;
  }

  @Override
  public void append(List<DomainEvent> events) {
    Journal journal = session.writable();
    for (DomainEvent event : Checks.listOf(events, "events")) {
      long sequence = store.nextEventSequence;
      if (!store.eventSequence.putIfAbsent(event.id(), sequence)) { // one look-up (issue 13)
        throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "event " + event.id() + " already exists");
      }
      store.nextEventSequence++;
      store.pendingEvents.put(sequence, event);
      List<DomainEvent> history = store.eventsByAggregate.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>());
      history.add(event);
      journal.onRollback(() -> {
        store.pendingEvents.remove(sequence);
        store.eventSequence.remove(event.id());
        history.remove(history.size() - 1);
        if (history.isEmpty()) {
          store.eventsByAggregate.remove(event.aggregateId());
        }
      });
    }
  }

  @Override
  public List<DomainEvent> pending(int limit) {
    session.usable();
    Checks.check(limit > 0, "limit must be positive");
    return store.pendingEvents.values().stream().limit(limit).toList();
  }

  @Override
  public void acknowledge(Collection<UUID> eventIds) {
    Journal journal = session.writable();
    for (UUID id : Set.copyOf(Checks.listOf(eventIds, "eventIds"))) {
      long sequence = store.eventSequence.get(id);
      if (sequence != UuidTable.ABSENT) {
        DomainEvent event = store.pendingEvents.remove(sequence);
        if (event != null) {
          journal.onRollback(() -> store.pendingEvents.put(sequence, event));
        }
      }
    }
  }

  @Override
  public int forget(Collection<UUID> aggregateIds) {
    Journal journal = session.writable();
    Set<UUID> aggregates = Set.copyOf(Checks.listOf(aggregateIds, "aggregateIds"));
    List<Map.Entry<Long, DomainEvent>> forgotten = store.pendingEvents.entrySet().stream()
        .filter(e -> aggregates.contains(e.getValue().aggregateId()))
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .toList();
    for (UUID aggregate : aggregates) {
      List<DomainEvent> history = store.eventsByAggregate.remove(aggregate);
      if (history != null) {
        journal.onRollback(() -> store.eventsByAggregate.put(aggregate, history));
      }
    }
    for (Map.Entry<Long, DomainEvent> entry : forgotten) {
      store.pendingEvents.remove(entry.getKey());
      store.eventSequence.remove(entry.getValue().id());
      journal.onRollback(() -> {
        store.pendingEvents.put(entry.getKey(), entry.getValue());
        store.eventSequence.putIfAbsent(entry.getValue().id(), entry.getKey());
      });
    }
    return forgotten.size();
  }

  @Override
  public List<DomainEvent> ofAggregate(UUID aggregateId) {
    session.usable();
    return List.copyOf(store.eventsByAggregate.getOrDefault(Checks.required(aggregateId, "aggregateId"), List.of()));
  }
}
