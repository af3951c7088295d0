package org.liens.storage.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.liens.event.DomainEvent;
import org.liens.json.StorageJson;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.storage.EventOutbox;

/**
 * {@code liens_event}: the transactional outbox. Events are appended in the transaction of the change they
 * describe, numbered by an identity column ({@code seq}) that gives the append order; acknowledging one stamps
 * {@code acknowledged_at} and keeps the row, so that its id can never be appended again.
 */
final class OutboxRepository implements EventOutbox {
  static final String TABLE = "liens_event";
  private static final String INSERT = "INSERT INTO " + TABLE
      + " (event_id, event_type, aggregate_type, aggregate_id, occurred_at, body) VALUES (?, ?, ?, ?, ?, ?)";

  private final Session session;
  private final Transaction tx;

  OutboxRepository(Session session) {
    this.session = session;
    this.tx = session.transaction;
  }

  /**
   * Appends the events in order. As with the in-memory adapter, an event whose id is already in the outbox (or
   * earlier in the list) fails with {@link ErrorCode#DUPLICATE_ID}. An id repeated within the list is found before
   * anything is sent, and the events before it are appended; an id already stored is not looked for first (that
   * would cost a query per append): the primary key refuses it, and the failure is translated to the same code
   * (the transaction can then only roll back, as after any failed statement).
   */
  @Override
  public void append(List<DomainEvent> events) {
    session.writable();
    List<DomainEvent> all = Checks.listOf(events, "events");
    if (all.isEmpty()) {
      return;
    }
    Set<UUID> seen = new HashSet<>();
    List<DomainEvent> accepted = new ArrayList<>(all.size());
    DomainEvent duplicate = null;
    for (DomainEvent event : all) {
      if (!seen.add(event.id())) {
        duplicate = event;
        break;
      }
      accepted.add(event);
    }
    tx.batch("append events", INSERT, accepted, (args, e) -> args.uuid(e.id()).text(e.type())
        .text(e.aggregateType()).uuid(e.aggregateId()).instant(e.occurredAt()).text(StorageJson.writeEvent(e)));
    if (duplicate != null) {
      throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "event " + duplicate.id() + " already exists");
    }
  }

  @Override
  public List<DomainEvent> pending(int limit) {
    session.usable();
    Checks.check(limit > 0, "limit must be positive");
    return List.copyOf(tx.query("read pending events",
        "SELECT body FROM " + TABLE + " WHERE acknowledged_at IS NULL ORDER BY seq LIMIT ?",
        args -> args.number(limit), row -> StorageJson.readEvent(row.text("body"))));
  }

  @Override
  public List<DomainEvent> ofAggregate(UUID aggregateId) {
    session.usable();
    Checks.required(aggregateId, "aggregateId");
    return List.copyOf(tx.query("read the events of an aggregate",
        "SELECT body FROM " + TABLE + " WHERE aggregate_id = ? ORDER BY seq",
        args -> args.uuid(aggregateId), row -> StorageJson.readEvent(row.text("body"))));
  }

  @Override
  public void acknowledge(Collection<UUID> eventIds) {
    session.writable();
    Set<UUID> ids = Set.copyOf(Checks.listOf(eventIds, "eventIds"));
    tx.batch("acknowledge events",
        "UPDATE " + TABLE + " SET acknowledged_at = ? WHERE event_id = ? AND acknowledged_at IS NULL",
        ids, (args, id) -> args.instant(tx.settings.clock().instant()).uuid(id));
  }

  /** Deletes the rows of these aggregates' events, pending then acknowledged, by chunks of the batch size. */
  @Override
  public int forget(Collection<UUID> aggregateIds) {
    session.writable();
    List<UUID> ids = List.copyOf(Set.copyOf(Checks.listOf(aggregateIds, "aggregateIds")));
    int deleted = 0;
    int chunk = tx.settings.batchSize();
    for (int from = 0; from < ids.size(); from += chunk) {
      List<UUID> part = ids.subList(from, Math.min(ids.size(), from + chunk));
      String sql = "DELETE FROM " + TABLE + " WHERE aggregate_id IN (" + "?, ".repeat(part.size() - 1) + "?)";
      Transaction.Binder aggregates = args -> {
        for (UUID id : part) {
          args.uuid(id);
        }
      };
      deleted += tx.update("forget pending events", sql + " AND acknowledged_at IS NULL", aggregates);
      tx.update("forget acknowledged events", sql, aggregates);
    }
    return deleted;
  }
}
