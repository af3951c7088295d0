package org.liens.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.liens.access.Actor;
import org.liens.event.DomainEvent;
import org.liens.event.EventPayload;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.storage.Repositories;

/** One use case in one transaction: the repositories, the actor, today, and the events it produced. */
public final class UnitOfWork {
  private final Actor actor;
  private final Repositories repositories;
  private final Clock clock;
  private final Supplier<UUID> ids;
  private final Supplier<UUID> eventIds;
  private final Gate gate;
  private final List<DomainEvent> events = new ArrayList<>();
  private final java.util.Map<UUID, Aggregate> changed = new java.util.LinkedHashMap<>();

  UnitOfWork(Actor actor, Repositories repositories, Clock clock, Supplier<UUID> ids, Supplier<UUID> eventIds,
      Gate gate) {
    this.gate = gate;
    this.eventIds = eventIds;
    this.actor = actor;
    this.repositories = repositories;
    this.clock = clock;
    this.ids = ids;
  }

  public Repositories repositories() {
    return repositories;
  }

  /** The access check of this use case: check what it loads before changing it. */
  public Gate gate() {
    return gate;
  }

  public Actor actor() {
    return actor;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public UUID newId() {
    return ids.get();
  }

  /** Keeps the change's events (stamped with the actor, the clock and the aggregate) and returns its new state. */
  public <A extends Aggregate> A accept(Change<A> change) {
    A after = change.after();
    changed.put(after.uuid(), after);
    for (EventPayload payload : change.events()) {
      events.add(new DomainEvent(eventIds.get(), clock.instant(), actor, after.aggregateType(), after.uuid(), payload));
    }
    return after;
  }

  /** The aggregates this unit changed, each in its last state, in the order first changed. */
  List<Aggregate> changed() {
    return List.copyOf(changed.values());
  }

  List<DomainEvent> events() {
    return List.copyOf(events);
  }
}
