package org.liens.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.liens.access.Actor;
import org.liens.audit.application.AuditRecorder;
import org.liens.event.DomainEvent;
import org.liens.event.DomainEventListener;
import org.liens.shared.Checks;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs use cases: one storage transaction per call, events appended to the outbox inside it and delivered to the
 * listeners after it committed. Logs carry event types and ids only, never personal data.
 */
public final class Engine {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  private final Storage storage;
  private final Clock clock;
  private final Supplier<UUID> ids;
  private final List<DomainEventListener> listeners;
  private final AuditRecorder audit;

  public Engine(Storage storage, Clock clock, Supplier<UUID> ids, List<DomainEventListener> listeners) {
    this.storage = Checks.required(storage, "storage");
    this.clock = Checks.required(clock, "clock");
    this.ids = Checks.required(ids, "ids");
    this.listeners = Checks.listOf(listeners, "listeners");
    this.audit = new AuditRecorder(storage, clock, ids);
  }

  /** The audit trail's writer, on this engine's storage, clock and ids. */
  public AuditRecorder audit() {
    return audit;
  }

  /** Runs a use case that writes, on behalf of {@code actor}. */
  public <T> T write(Actor actor, Function<UnitOfWork, T> work) {
    Checks.required(actor, "actor");
    Checks.required(work, "work");
    UnitOfWork[] unit = new UnitOfWork[1];
    T result = storage.inTransaction(repositories -> {
      unit[0] = new UnitOfWork(actor, repositories, clock, ids);
      T value = work.apply(unit[0]);
      repositories.outbox().append(unit[0].events());
      return value;
    });
    publish(unit[0].events());
    return result;
  }

  /** Runs a read-only use case. */
  public <T> T read(Actor actor, Function<Repositories, T> work) {
    Checks.required(actor, "actor");
    Checks.required(work, "work");
    return storage.read(work);
  }

  /** Today, by the injected clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Clock clock() {
    return clock;
  }

  /** A new id from the injected generator. */
  public UUID newId() {
    return ids.get();
  }

  private void publish(List<DomainEvent> events) {
    for (DomainEvent event : events) {
      for (DomainEventListener listener : listeners) {
        try {
          listener.on(event);
        } catch (RuntimeException e) {
          LOG.warn("listener {} failed on event {} {}: {}", listener.getClass().getName(), event.type(), event.id(),
              e.getClass().getName());
        }
      }
    }
  }
}
