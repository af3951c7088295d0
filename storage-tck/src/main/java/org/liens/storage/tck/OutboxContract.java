package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.event.DomainEvent;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.LiensException;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;

/** The transactional outbox keeps every event of every committed change, in order, until acknowledged. */
public interface OutboxContract extends StorageFactory {

  /** Contract (outbox): every delivered event is pending, equal and in order. */
  @Test
  @DisplayName("outbox: every delivered event is pending, equal and in order")
  default void events_are_kept_in_order() {
    World world = newWorld();
    List<DomainEvent> pending = world.storage.read(r -> r.outbox().pending(10_000));
    assertThat(pending).containsExactlyElementsOf(world.events);
    List<DomainEvent> firstThree = world.storage.read(r -> r.outbox().pending(3));
    assertThat(firstThree).containsExactlyElementsOf(world.events.subList(0, 3));
  }

  /** Contract (outbox): acknowledged events are no longer pending; unknown ids are ignored. */
  @Test
  @DisplayName("outbox: acknowledged events are no longer pending; unknown ids are ignored")
  default void acknowledged_events_leave_the_outbox() {
    World world = newWorld();
    List<DomainEvent> first = world.events.subList(0, 5);
    world.storage.inTransaction(r -> {
      r.outbox().acknowledge(first.stream().map(DomainEvent::id).toList());
      r.outbox().acknowledge(List.of(UUID.randomUUID(), first.get(0).id()));
      return null;
    });
    List<DomainEvent> pending = world.storage.read(r -> r.outbox().pending(10_000));
    assertThat(pending).containsExactlyElementsOf(world.events.subList(5, world.events.size()));
  }

  /** Contract (outbox): an acknowledgement rolled back leaves the events pending. */
  @Test
  @DisplayName("outbox: an acknowledgement rolled back leaves the events pending")
  default void a_rolled_back_acknowledgement_changes_nothing() {
    World world = newWorld();
    try {
      world.storage.inTransaction(r -> {
        r.outbox().acknowledge(world.events.stream().map(DomainEvent::id).toList());
        throw new IllegalStateException("the bus was down");
      });
    } catch (IllegalStateException expected) {
      // the host's delivery failed
    }
    List<DomainEvent> pending = world.storage.read(r -> r.outbox().pending(10_000));
    assertThat(pending).containsExactlyElementsOf(world.events);
  }

  /** Contract (outbox): events stay in append order until acknowledged; a known id is a duplicate. */
  @Test
  @DisplayName("outbox: events stay in append order until acknowledged; a known id is a duplicate")
  default void events_stay_in_append_order_until_acknowledged() {
    Storage storage = newStorage();
    List<DomainEvent> events = Stream.generate(() -> TransactionContract.event(UUID.randomUUID())).limit(5).toList();

    storage.inTransaction((Repositories r) -> {
      r.outbox().append(events.subList(0, 3));
      return null;
    });
    storage.inTransaction((Repositories r) -> {
      r.outbox().append(events.subList(3, 5));
      return null;
    });

    assertThat(storage.read((Repositories r) -> r.outbox().pending(10))).containsExactlyElementsOf(events);
    assertThat(storage.read((Repositories r) -> r.outbox().pending(2))).containsExactlyElementsOf(events.subList(0, 2));
    storage.inTransaction((Repositories r) -> {
      r.outbox().acknowledge(List.of(events.get(0).id(), events.get(2).id(), UUID.randomUUID()));
      return null;
    });
    assertThat(storage.read((Repositories r) -> r.outbox().pending(10)))
        .containsExactly(events.get(1), events.get(3), events.get(4));
    assertThatThrownBy(() -> storage.inTransaction((Repositories r) -> {
      r.outbox().append(List.of(events.get(0)));
      return null;
    })).isInstanceOfSatisfying(IntegrityViolationException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
    assertThatThrownBy(() -> storage.read((Repositories r) -> r.outbox().pending(0))).isInstanceOf(LiensException.class);
  }

  /** Contract (outbox): events are written in the transaction of their change. */
  @Test
  @DisplayName("outbox: events are written in the transaction of their change")
  default void events_are_written_with_their_change() {
    Storage storage = newStorage();
    RuntimeException boom = new IllegalStateException("boom");
    Household household = Household.register(HouseholdId.of(UUID.randomUUID()),
        TransactionContract.profile("Anne")).after();

    assertThatThrownBy(() -> storage.inTransaction((Repositories r) -> {
      r.households().save(household);
      r.outbox().append(List.of(TransactionContract.event(household.uuid())));
      throw boom;
    })).isSameAs(boom);

    assertThat(storage.read((Repositories r) -> r.outbox().pending(10))).isEmpty();
    assertThat(storage.read((Repositories r) -> r.households().find(household.id()))).isEmpty();
  }

  /** Contract (outbox): an event id repeated in one append is a duplicate, and the events before it stay. */
  @Test
  @DisplayName("outbox: an event id repeated in one append is a duplicate, and the events before it stay")
  default void an_event_id_repeated_in_one_append_is_a_duplicate() {
    Storage storage = newStorage();
    DomainEvent a = TransactionContract.event(UUID.randomUUID());
    DomainEvent b = TransactionContract.event(UUID.randomUUID());

    storage.inTransaction((Repositories r) -> {
      assertThatThrownBy(() -> r.outbox().append(List.of(a, b, a)))
          .isInstanceOfSatisfying(IntegrityViolationException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
      return null;
    });

    assertThat(storage.read((Repositories r) -> r.outbox().pending(10))).containsExactly(a, b);
  }
}
