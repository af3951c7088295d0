package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactNotHeld;
import org.liens.accompaniment.ContactStatus;
import org.liens.accompaniment.HomeVisit;
import org.liens.accompaniment.RemoteChannel;
import org.liens.accompaniment.RemoteContact;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

/**
 * Contacts with a status (issue 14), on every adapter: each status is stored and read back, a planned contact is
 * settled once, an ending cancels what is still planned, and any sequence of statuses reads back as recorded.
 */
public interface ContactStatusContract extends StorageFactory {

  /**
   * Contract (contact statuses): planned, then missed, then refused when settled again; planned then held on
   * another day; what the progress counts.
   */
  @Test
  default void a_planned_contact_is_settled_once_and_stored_in_its_status() {
    World w = World.on(newStorage());
    Accompaniment madi = w.madi;
    LocalDate today = w.clock.today();
    ContactId visit = ContactId.of(UUID.randomUUID());
    ContactId call = ContactId.of(UUID.randomUUID());
    int before = w.liens.accompaniments().progress(World.COORDINATOR, madi.id(), today.plusDays(30)).orElseThrow()
        .homeVisits().done();

    w.liens.accompaniments().recordContact(World.COORDINATOR, madi.id(),
        new HomeVisit(visit, today.plusDays(3), w.lea, ContactStatus.PLANNED));
    w.liens.accompaniments().recordContact(World.COORDINATOR, madi.id(),
        new RemoteContact(call, today.plusDays(4), w.sam, RemoteChannel.VIDEO, ContactStatus.PLANNED));
    w.clock.set(today.plusDays(5));
    w.liens.accompaniments().settleContact(World.COORDINATOR, madi.id(), call,
        ContactStatus.MISSED_CANCELLED_BY_FAMILY);
    Accompaniment again = w.liens.accompaniments().settleContact(World.COORDINATOR, madi.id(), call,
        ContactStatus.MISSED_CANCELLED_BY_FAMILY); // a repeated call
    assertThat(again.contact(call).orElseThrow().status()).isEqualTo(ContactStatus.MISSED_CANCELLED_BY_FAMILY);
    assertThatThrownBy(() -> w.liens.accompaniments().settleContact(World.COORDINATOR, madi.id(), call,
        ContactStatus.HELD)).isInstanceOfSatisfying(LiensException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONTACT_ALREADY_SETTLED));
    assertThatThrownBy(() -> w.liens.accompaniments().settleContact(World.COORDINATOR, madi.id(),
        ContactId.of(UUID.randomUUID()), ContactStatus.HELD)).isInstanceOfSatisfying(LiensException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    w.liens.accompaniments().recordContact(World.COORDINATOR, madi.id(),
        new HomeVisit(visit, today.plusDays(5), w.lea)); // held two days after its planned day

    Accompaniment stored = w.storage.read(r -> r.accompaniments().get(madi.id()));
    assertThat(stored.contact(visit)).contains(new HomeVisit(visit, today.plusDays(5), w.lea));
    assertThat(stored.contact(call)).contains(new RemoteContact(call, today.plusDays(4), w.sam, RemoteChannel.VIDEO,
        ContactStatus.MISSED_CANCELLED_BY_FAMILY));
    var progress = w.liens.accompaniments().progress(World.COORDINATOR, madi.id(), today.plusDays(30)).orElseThrow();
    assertThat(progress.homeVisits().done()).isEqualTo(before + 1);
    assertThat(progress.remoteContacts().missed()).isEqualTo(1);
    assertThat(stored.plannedVisits().stream().filter(v -> v.doneBy().equals(java.util.Optional.of(visit))))
        .hasSize(1);
  }

  /** Contract (contact statuses): cancelling an accompaniment cancels its planned contacts, stored and announced. */
  @Test
  default void an_ending_cancels_the_planned_contacts() {
    World w = World.on(newStorage());
    LocalDate today = w.clock.today();
    ContactId visit = ContactId.of(UUID.randomUUID());
    w.liens.accompaniments().recordContact(World.COORDINATOR, w.madi.id(),
        new HomeVisit(visit, today.plusDays(10), w.lea, ContactStatus.PLANNED));
    w.liens.accompaniments().cancel(World.COORDINATOR, w.madi.id(), "La famille a déménagé.", today);

    Accompaniment stored = w.storage.read(r -> r.accompaniments().get(w.madi.id()));
    assertThat(stored.contact(visit).orElseThrow().status()).isEqualTo(ContactStatus.CANCELLED);
    assertThat(w.events).extracting(e -> e.payload()).contains(new ContactNotHeld(w.madi.id(), visit,
        org.liens.accompaniment.ContactKind.HOME_VISIT, today.plusDays(10), ContactStatus.CANCELLED));
  }

  /** {@return up to ten steps: a status, and which planned contact it settles (or a new contact)} */
  @Provide
  default Arbitrary<List<Integer>> statusSteps() {
    return Arbitraries.integers().between(0, 4 * ContactStatus.values().length - 1).list().ofMaxSize(10);
  }

  /**
   * Contract (contact statuses): any sequence of contacts recorded and settled through the service reads back from
   * storage as recorded, in recording order and in each one's last status.
   *
   * @param steps each step: {@code step % 6} is the status, {@code step / 6} which planned contact it settles (0 for
   *     a new contact)
   */
  @Property(tries = 10)
  @Label("contact statuses: any sequence of statuses reads back from storage as recorded")
  default void any_sequence_of_statuses_reads_back(@ForAll("statusSteps") List<Integer> steps) {
    World w = World.on(newStorage());
    LocalDate today = w.clock.today();
    w.clock.set(today.plusDays(3));
    Map<ContactId, Contact> expected = new LinkedHashMap<>();
    w.madi.contacts().forEach(c -> expected.put(c.id(), c));
    int day = 0;
    for (int step : steps) {
      ContactStatus status = ContactStatus.values()[step % ContactStatus.values().length];
      int which = step / ContactStatus.values().length;
      List<Contact> planned = new ArrayList<>(expected.values().stream()
          .filter(c -> c.status() == ContactStatus.PLANNED).toList());
      Contact contact;
      if (which > 0 && !planned.isEmpty()) {
        contact = planned.get(which % planned.size()).withStatus(status);
      } else {
        contact = new HomeVisit(ContactId.of(UUID.randomUUID()), today.plusDays(day++ % 3), w.lea,
            status == ContactStatus.CANCELLED ? ContactStatus.PLANNED : status);
      }
      w.liens.accompaniments().recordContact(World.COORDINATOR, w.madi.id(), contact);
      expected.put(contact.id(), contact);
    }
    Accompaniment stored = w.storage.read(r -> r.accompaniments().get(w.madi.id()));
    assertThat(stored.contacts()).containsExactlyElementsOf(expected.values());
    assertThat(w.liens.accompaniments().get(World.COORDINATOR, w.madi.id()).contacts())
        .containsExactlyElementsOf(expected.values());
  }
}
