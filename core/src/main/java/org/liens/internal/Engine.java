package org.liens.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.liens.access.AccessDeniedException;
import org.liens.access.AccessPolicy;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.access.Scope;
import org.liens.audit.AuditOutcome;
import org.liens.audit.application.AuditRecorder;
import org.liens.event.DomainEvent;
import org.liens.event.DomainEventListener;
import org.liens.observe.LiensObserver;
import org.liens.shared.Checks;
import org.liens.shared.NotFoundException;
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
  private final Supplier<UUID> recordIds;
  private final List<DomainEventListener> listeners;
  private final AccessPolicy access;
  private final AuditRecorder audit;
  private final Observation observation;

  public Engine(
      Storage storage, Clock clock, Supplier<UUID> ids, List<DomainEventListener> listeners, AccessPolicy access) {
    this(storage, clock, ids, listeners, access, List.of());
  }

  /** An engine that reports every use case to {@code observers} (see {@link LiensObserver}). */
  public Engine(Storage storage, Clock clock, Supplier<UUID> ids, List<DomainEventListener> listeners,
      AccessPolicy access, List<LiensObserver> observers) {
    this(storage, clock, ids, ids, listeners, access, observers);
  }

  /**
   * An engine whose audit entries and events take their ids from {@code recordIds} (by default a
   * {@link TimeOrderedIds}) and new aggregates from {@code ids}.
   */
  public Engine(Storage storage, Clock clock, Supplier<UUID> ids, Supplier<UUID> recordIds,
      List<DomainEventListener> listeners, AccessPolicy access, List<LiensObserver> observers) {
    this.observation = new Observation(observers);
    this.access = Checks.required(access, "access");
    this.storage = Checks.required(storage, "storage");
    this.clock = Checks.required(clock, "clock");
    this.ids = Checks.required(ids, "ids");
    this.recordIds = Checks.required(recordIds, "recordIds");
    this.listeners = Checks.listOf(listeners, "listeners");
    this.audit = new AuditRecorder(storage, clock, recordIds);
  }

  /** The audit trail's writer, on this engine's storage, clock and ids. */
  public AuditRecorder audit() {
    return audit;
  }

  /**
   * Runs a use case that writes, on behalf of {@code actor}, if the access policy grants it {@code operation}; the
   * use case checks what it loads through {@link UnitOfWork#gate()}. A refusal rolls everything back.
   */
  public <T> T write(Actor actor, Operation operation, Function<UnitOfWork, T> work) {
    Checks.required(work, "work");
    return observation.observe(operation, statements -> {
      UnitOfWork[] unit = new UnitOfWork[1];
      T result = guarded(actor, operation, gate -> storage.inTransaction(tx -> statements.counted(tx, repositories -> {
        staffed(repositories, actor);
        unit[0] = new UnitOfWork(actor, repositories, clock, ids, recordIds, gate);
        T value = work.apply(unit[0]);
        allowed(repositories, gate);
        List<DomainEvent> events = unit[0].events();
        FigureProjection.record(repositories, unit[0].changed(), events, FigureProjection.now(clock));
        repositories.outbox().append(events);
        return value;
      })));
      List<DomainEvent> events = unit[0].events();
      storage.afterCommit(() -> publish(events)); // at once, or when the host commits its own transaction
      return result;
    });
  }

  /**
   * Runs a read-only use case on behalf of {@code actor}, if the access policy grants it {@code operation}; the
   * query checks what it loads, or filters what it lists, through the gate. It runs in a write transaction so that
   * its audit entry is appended with it; it saves nothing else.
   */
  public <T> T read(Actor actor, Operation operation, BiFunction<Gate, Repositories, T> work) {
    Checks.required(work, "work");
    return observation.observe(operation, statements -> guarded(actor, operation,
        gate -> storage.inTransaction(tx -> statements.counted(tx, repositories -> {
          staffed(repositories, actor);
          T value = work.apply(gate, repositories);
          allowed(repositories, gate);
          return value;
        }))));
  }

  /**
   * The enforcement point: refuses an operation the actor's role is not granted, and, for an actor whose scope is
   * restricted, answers a missing aggregate exactly as a forbidden one. Every refusal is audited as denied.
   */
  private <T> T guarded(Actor actor, Operation operation, Function<Gate, T> run) {
    Checks.required(actor, "actor");
    Checks.required(operation, "operation");
    Optional<Scope> scope = access.scopeOf(actor.role(), operation);
    Gate gate = new Gate(access, actor, operation, scope.orElse(Scope.ALL));
    try {
      if (scope.isEmpty()) {
        throw AccessDeniedException.denied();
      }
      return run.apply(gate);
    } catch (NotFoundException e) {
      if (scope.orElseThrow() == Scope.ALL) {
        throw e;
      }
      denied(gate);
      throw AccessDeniedException.denied();
    } catch (AccessDeniedException e) {
      denied(gate);
      throw e;
    }
  }

  /**
   * An actor that names a staff member acts only while that member is registered and active today in a role that
   * acts as the actor's (issue 9, item 1): an educator who left keeps its id on old teams but reaches nothing.
   */
  private void staffed(Repositories repositories, Actor actor) {
    if (actor.staff().isPresent() && actor.staff().flatMap(repositories.staff()::find)
        .filter(member -> member.actsAs(actor.role(), today())).isEmpty()) {
      throw AccessDeniedException.denied();
    }
  }

  /** Records an allowed call, in the transaction of the call itself: it commits or rolls back with the call. */
  private void allowed(Repositories repositories, Gate gate) {
    gate.requireDecided();
    audit.append(repositories, gate.actor(), gate.operation().code(), gate.households(), gate.persons(),
        AuditOutcome.ALLOWED);
  }

  /**
   * Records a refused call in a transaction of its own (the refused call itself rolled back and stored nothing),
   * naming the households it was refused on when it got that far.
   */
  private void denied(Gate gate) {
    LOG.debug("access denied: {} {}", gate.actor().role(), gate.operation().code());
    audit.record(gate.actor(), gate.operation().code(), gate.refused(), Set.of(), AuditOutcome.DENIED);
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
