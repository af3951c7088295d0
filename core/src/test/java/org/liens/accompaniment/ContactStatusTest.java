package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.FIRST_APPOINTMENT;
import static org.liens.fixtures.Fixtures.LEA;
import static org.liens.fixtures.Fixtures.assertRefused;
import static org.liens.fixtures.Fixtures.singleMother;
import static org.liens.fixtures.Fixtures.started;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.catalog.OfferCode;
import org.liens.document.MissedContact;
import org.liens.shared.Change;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/** Issue 14: contacts planned, held, missed and cancelled, one example each. */
class ContactStatusTest {
  static final LocalDate TODAY = LocalDate.of(2023, 10, 1);
  static final ContactId PLANNED = ContactId.of(UUID.randomUUID());

  private static Accompaniment withPlannedVisit(LocalDate on) {
    return started(OfferCode.MIP).record(new HomeVisit(PLANNED, on, LEA, ContactStatus.PLANNED), TODAY).after();
  }

  @Test
  void a_planned_contact_may_fall_later_and_counts_for_nothing_until_held() {
    Change<Accompaniment> planned = started(OfferCode.MIP)
        .record(new HomeVisit(PLANNED, TODAY.plusDays(10), LEA, ContactStatus.PLANNED), TODAY);
    assertThat(planned.events()).containsExactly(
        new ContactPlanned(planned.after().id(), PLANNED, ContactKind.HOME_VISIT, TODAY.plusDays(10), LEA));
    Progress progress = planned.after().progressAt(TODAY.plusDays(20)).orElseThrow();
    assertThat(progress.homeVisits().done()).isZero();
    assertThat(progress.homeVisits().missed()).isZero();
    assertThat(planned.after().plannedVisits()).noneMatch(PlannedVisit::done);
  }

  @Test
  void holding_a_planned_visit_counts_it_and_completes_the_planned_visit_it_realises() {
    Accompaniment planned = withPlannedVisit(FIRST_APPOINTMENT.plusDays(3));
    Change<Accompaniment> held = planned.record(new HomeVisit(PLANNED, FIRST_APPOINTMENT.plusDays(4), LEA), TODAY);
    assertThat(held.events()).containsExactly(
        new ContactRecorded(planned.id(), PLANNED, ContactKind.HOME_VISIT, FIRST_APPOINTMENT.plusDays(4), LEA));
    assertThat(held.after().contacts()).containsExactly(new HomeVisit(PLANNED, FIRST_APPOINTMENT.plusDays(4), LEA));
    assertThat(held.after().progressAt(TODAY).orElseThrow().homeVisits().done()).isEqualTo(1);
    assertThat(held.after().plannedVisits().get(0).doneBy()).contains(PLANNED);
  }

  @Test
  void each_missed_status_is_kept_counted_apart_and_listed_in_the_action_report() {
    Accompaniment a = started(OfferCode.MIP);
    int day = 1;
    for (ContactStatus status : ContactStatus.values()) {
      if (status.missed()) {
        a = a.record(new HomeVisit(ContactId.of(UUID.randomUUID()), FIRST_APPOINTMENT.plusDays(day++), LEA, status),
            TODAY).after();
      }
    }
    a = a.record(new RemoteContact(PLANNED, FIRST_APPOINTMENT.plusDays(day), LEA, RemoteChannel.PHONE,
        ContactStatus.PLANNED), TODAY).after();
    Change<Accompaniment> missed = a.record(a.contact(PLANNED).orElseThrow()
        .withStatus(ContactStatus.MISSED_CANCELLED_BY_SERVICE), TODAY);
    assertThat(missed.events()).containsExactly(new ContactNotHeld(a.id(), PLANNED, ContactKind.REMOTE_CONTACT,
        FIRST_APPOINTMENT.plusDays(day), ContactStatus.MISSED_CANCELLED_BY_SERVICE));
    a = missed.after();
    Progress progress = a.progressAt(TODAY).orElseThrow();
    assertThat(progress.homeVisits().done()).isZero();
    assertThat(progress.homeVisits().missed()).isEqualTo(3);
    assertThat(progress.remoteContacts().missed()).isEqualTo(1);
    assertThat(a.plannedVisits()).noneMatch(PlannedVisit::done);

    var report = a.writeActionReport(TODAY, "Bilan.", singleMother(), TODAY).after().actionReport().orElseThrow();
    assertThat(report.contacts().homeVisits()).isZero();
    assertThat(report.contacts().missed()).containsExactly(
        new MissedContact(FIRST_APPOINTMENT.plusDays(1), ContactKind.HOME_VISIT, ContactStatus.MISSED_FAMILY_ABSENT),
        new MissedContact(FIRST_APPOINTMENT.plusDays(2), ContactKind.HOME_VISIT,
            ContactStatus.MISSED_CANCELLED_BY_FAMILY),
        new MissedContact(FIRST_APPOINTMENT.plusDays(3), ContactKind.HOME_VISIT,
            ContactStatus.MISSED_CANCELLED_BY_SERVICE),
        new MissedContact(FIRST_APPOINTMENT.plusDays(4), ContactKind.REMOTE_CONTACT,
            ContactStatus.MISSED_CANCELLED_BY_SERVICE));
  }

  @Test
  void a_cancelled_contact_is_kept_and_counts_neither_as_held_nor_missed() {
    Accompaniment planned = withPlannedVisit(TODAY.plusDays(5));
    Change<Accompaniment> cancelled = planned.record(
        new HomeVisit(PLANNED, TODAY.plusDays(5), LEA, ContactStatus.CANCELLED), TODAY);
    assertThat(cancelled.events()).containsExactly(new ContactNotHeld(planned.id(), PLANNED, ContactKind.HOME_VISIT,
        TODAY.plusDays(5), ContactStatus.CANCELLED));
    Progress progress = cancelled.after().progressAt(TODAY.plusDays(30)).orElseThrow();
    assertThat(progress.homeVisits().done()).isZero();
    assertThat(progress.homeVisits().missed()).isZero();
    assertThat(cancelled.after().contacts()).extracting(Contact::status).containsExactly(ContactStatus.CANCELLED);
  }

  @Test
  void planning_again_moves_the_day() {
    Accompaniment planned = withPlannedVisit(TODAY.plusDays(5));
    Accompaniment moved = planned.record(new HomeVisit(PLANNED, TODAY.plusDays(9), LEA, ContactStatus.PLANNED), TODAY)
        .after();
    assertThat(moved.contact(PLANNED).orElseThrow().date()).isEqualTo(TODAY.plusDays(9));
  }

  @Test
  void what_is_refused() {
    Accompaniment planned = withPlannedVisit(TODAY.plusDays(5));
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, // held in the future
        () -> planned.record(new HomeVisit(PLANNED, TODAY.plusDays(5), LEA), TODAY));
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, // missed in the future
        () -> planned.record(new HomeVisit(PLANNED, TODAY.plusDays(5), LEA, ContactStatus.MISSED_FAMILY_ABSENT),
            TODAY));
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, // settled as another kind
        () -> planned.record(new RemoteContact(PLANNED, TODAY, LEA, RemoteChannel.SMS), TODAY));
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, // a new contact cancelled
        () -> planned.record(new HomeVisit(ContactId.of(UUID.randomUUID()), TODAY, LEA, ContactStatus.CANCELLED),
            TODAY));
    Accompaniment held = planned.record(new HomeVisit(PLANNED, TODAY, LEA), TODAY).after();
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, // settled once
        () -> held.record(new HomeVisit(PLANNED, TODAY, LEA, ContactStatus.CANCELLED), TODAY));
  }

  @Test
  void an_ending_cancels_the_contacts_still_planned_and_their_days_do_not_bound_it() {
    Accompaniment planned = withPlannedVisit(TODAY.plusDays(5))
        .record(new HomeVisit(ContactId.of(UUID.randomUUID()), TODAY.minusDays(2), LEA), TODAY).after();
    Change<Accompaniment> cancelled = planned.cancel("La famille a déménagé.", TODAY, TODAY);
    assertThat(cancelled.events()).hasSize(2).first().isEqualTo(new ContactNotHeld(planned.id(), PLANNED,
        ContactKind.HOME_VISIT, TODAY.plusDays(5), ContactStatus.CANCELLED));
    assertThat(cancelled.after().contact(PLANNED).orElseThrow().status()).isEqualTo(ContactStatus.CANCELLED);

    Accompaniment reported = planned.writeActionReport(TODAY, "Bilan.", singleMother(), TODAY).after();
    Change<Accompaniment> closed = reported.close(TODAY, TODAY);
    assertThat(closed.events()).hasSize(2);
    assertThat(closed.after().contacts()).extracting(Contact::status)
        .containsExactly(ContactStatus.CANCELLED, ContactStatus.HELD);
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, // the held visit still bounds the end
        () -> planned.cancel("Trop tôt.", TODAY.minusDays(3), TODAY));
  }
}
