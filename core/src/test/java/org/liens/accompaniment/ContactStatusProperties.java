package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;

/**
 * Issue 14: for any sequence of planned, held, missed and cancelled contacts, the progress counts only the held ones
 * toward the targets and the missed ones apart, a held home visit completes one planned visit, and the contacts are
 * exactly those recorded, each in its last status; an ending cancels exactly those still planned.
 */
class ContactStatusProperties {
  static final LocalDate TODAY = LocalDate.of(2030, 1, 1);
  static final List<ContactStatus> NEW = List.of(ContactStatus.PLANNED, ContactStatus.HELD,
      ContactStatus.MISSED_FAMILY_ABSENT, ContactStatus.MISSED_CANCELLED_BY_FAMILY,
      ContactStatus.MISSED_CANCELLED_BY_SERVICE);

  /**
   * One step: record a new contact in a status, or settle the {@code target}-th contact still planned (if any) in
   * {@code status} on day {@code day}.
   */
  record Step(boolean settle, int target, boolean home, int day, ContactStatus status) {}

  @Provide
  Arbitrary<Step> steps() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 9),
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 181), Arbitraries.of(ContactStatus.values()))
        .as(Step::new);
  }

  @Property
  @Label("issue 14: progress counts only held contacts, missed ones apart, for any sequence of statuses")
  void progress_counts_only_held_contacts(@ForAll("offers") OfferCode offer,
      @ForAll List<@net.jqwik.api.From("steps") Step> steps, @ForAll @IntRange(min = -5, max = 200) int asOfOffset) {
    Accompaniment accompaniment = Fixtures.opened(offer).start(Fixtures.FIRST_APPOINTMENT).after();
    Map<ContactId, Contact> model = new LinkedHashMap<>();
    for (Step step : steps) {
      LocalDate day = Fixtures.FIRST_APPOINTMENT.plusDays(step.day());
      List<Contact> planned = model.values().stream().filter(c -> c.status() == ContactStatus.PLANNED).toList();
      Contact contact;
      if (step.settle() && !planned.isEmpty()) {
        Contact before = planned.get(step.target() % planned.size());
        contact = before instanceof HomeVisit ? new HomeVisit(before.id(), day, Fixtures.LEA, step.status())
            : new RemoteContact(before.id(), day, Fixtures.LEA, RemoteChannel.PHONE, step.status());
      } else {
        ContactId id = ContactId.of(UUID.randomUUID());
        ContactStatus status = NEW.get(step.status().ordinal() % NEW.size());
        contact = step.home() ? new HomeVisit(id, day, Fixtures.LEA, status)
            : new RemoteContact(id, day, Fixtures.LEA, RemoteChannel.SMS, status);
      }
      accompaniment = accompaniment.record(contact, TODAY).after();
      model.put(contact.id(), contact);
    }
    LocalDate asOf = Fixtures.FIRST_APPOINTMENT.plusDays(asOfOffset);
    Progress progress = accompaniment.progressAt(asOf).orElseThrow();

    assertThat(progress.homeVisits().done()).isEqualTo(count(model, ContactKind.HOME_VISIT, asOf, true));
    assertThat(progress.homeVisits().missed()).isEqualTo(count(model, ContactKind.HOME_VISIT, asOf, false));
    assertThat(progress.remoteContacts().done()).isEqualTo(count(model, ContactKind.REMOTE_CONTACT, asOf, true));
    assertThat(progress.remoteContacts().missed()).isEqualTo(count(model, ContactKind.REMOTE_CONTACT, asOf, false));
    assertThat(accompaniment.contacts()).containsExactlyElementsOf(new ArrayList<>(model.values()));
    long heldVisits = model.values().stream().filter(c -> c instanceof HomeVisit && c.status().held()).count();
    assertThat(accompaniment.plannedVisits().stream().filter(PlannedVisit::done).count())
        .isEqualTo(Math.min(heldVisits, accompaniment.plannedVisits().size()));
    Statistics.label("statuses").collect(model.values().stream().map(Contact::status).distinct().count());

    // an ending cancels exactly the contacts still planned, one ContactNotHeld each, and changes no other
    var cancelled = accompaniment.cancel("Fin.", TODAY, TODAY);
    List<Contact> expected = model.values().stream()
        .map(c -> c.status() == ContactStatus.PLANNED ? c.withStatus(ContactStatus.CANCELLED) : c).toList();
    assertThat(cancelled.after().contacts()).containsExactlyElementsOf(expected);
    assertThat(cancelled.events()).filteredOn(ContactNotHeld.class::isInstance)
        .hasSize((int) model.values().stream().filter(c -> c.status() == ContactStatus.PLANNED).count());
  }

  private static long count(Map<ContactId, Contact> model, ContactKind kind, LocalDate asOf, boolean held) {
    return model.values().stream().filter(c -> c.kind() == kind && !c.date().isAfter(asOf))
        .filter(c -> held ? c.status().held() : c.status().missed()).count();
  }

  @Provide
  Arbitrary<OfferCode> offers() {
    return Arbitraries.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA);
  }
}
