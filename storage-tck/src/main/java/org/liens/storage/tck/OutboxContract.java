package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.event.DomainEvent;
import org.liens.storage.Storage;

/** The transactional outbox keeps every event of every committed change, in order, until acknowledged. */
public interface OutboxContract extends StorageFactory {

  @Test
  @DisplayName("outbox: every delivered event is pending, equal and in order")
  default void events_are_kept_in_order() {
    Storage storage = newStorage();
    World world = World.on(storage);
    List<DomainEvent> pending = storage.read(r -> r.outbox().pending(10_000));
    assertThat(pending).containsExactlyElementsOf(world.events);
    List<DomainEvent> firstThree = storage.read(r -> r.outbox().pending(3));
    assertThat(firstThree).containsExactlyElementsOf(world.events.subList(0, 3));
  }

  @Test
  @DisplayName("outbox: acknowledged events are no longer pending; unknown ids are ignored")
  default void acknowledged_events_leave_the_outbox() {
    Storage storage = newStorage();
    World world = World.on(storage);
    List<DomainEvent> first = world.events.subList(0, 5);
    storage.inTransaction(r -> {
      r.outbox().acknowledge(first.stream().map(DomainEvent::id).toList());
      r.outbox().acknowledge(List.of(UUID.randomUUID(), first.get(0).id()));
      return null;
    });
    List<DomainEvent> pending = storage.read(r -> r.outbox().pending(10_000));
    assertThat(pending).containsExactlyElementsOf(world.events.subList(5, world.events.size()));
  }

  @Test
  @DisplayName("outbox: an acknowledgement rolled back leaves the events pending")
  default void a_rolled_back_acknowledgement_changes_nothing() {
    Storage storage = newStorage();
    World world = World.on(storage);
    try {
      storage.inTransaction(r -> {
        r.outbox().acknowledge(world.events.stream().map(DomainEvent::id).toList());
        throw new IllegalStateException("the bus was down");
      });
    } catch (IllegalStateException expected) {
      // the host's delivery failed
    }
    List<DomainEvent> pending = storage.read(r -> r.outbox().pending(10_000));
    assertThat(pending).containsExactlyElementsOf(world.events);
  }
}
