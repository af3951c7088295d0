package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.ANNE_ID;
import static org.liens.fixtures.Fixtures.FIRST_APPOINTMENT;
import static org.liens.fixtures.Fixtures.LEA;
import static org.liens.fixtures.Fixtures.SAM;
import static org.liens.fixtures.Fixtures.assessed;
import static org.liens.fixtures.Fixtures.offer;
import static org.liens.fixtures.Fixtures.opened;
import static org.liens.fixtures.Fixtures.singleMother;
import static org.liens.fixtures.Fixtures.started;
import static org.liens.fixtures.Fixtures.assertRefused;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liens.catalog.OfferCode;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.fixtures.Fixtures;
import org.liens.referral.ReferralReason;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.InvalidInputException;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.shared.RuleViolationException;
import org.liens.staff.StaffId;

class AccompanimentTest {
  static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

  static HomeVisit visit(LocalDate date, StaffId educator) {
    return new HomeVisit(ContactId.of(UUID.randomUUID()), date, educator);
  }

  static RemoteContact call(LocalDate date) {
    return new RemoteContact(ContactId.of(UUID.randomUUID()), date, LEA, RemoteChannel.PHONE);
  }

  @Nested
  class Opening {
    @Test
    void an_mip_opens_validated_with_one_educator_and_no_period() {
      Accompaniment mip = opened(OfferCode.MIP);
      assertThat(mip.status()).isEqualTo(AccompanimentStatus.VALIDATED);
      assertThat(mip.team()).containsExactly(LEA);
      assertThat(mip.period()).isEmpty();
      assertThat(mip.isOpen()).isTrue();
    }

    @Test
    void an_mip_team_of_two_is_refused() {
      assertRefused(RuleViolationException.class, ErrorCode.INVALID_TEAM, () -> Accompaniment.open(
          AccompanimentId.of(UUID.randomUUID()), assessed(OfferCode.MIP, ReferralReason.CRISIS), offer(OfferCode.MIP),
          List.of(LEA, SAM), Fixtures.RECEIVED, EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY));
    }

    @Test
    void a_madi_team_of_zero_is_refused_and_of_two_accepted() {
      var referral = assessed(OfferCode.MADI, ReferralReason.ACUTE_CRISIS);
      assertRefused(RuleViolationException.class, ErrorCode.INVALID_TEAM, () -> Accompaniment.open(
          AccompanimentId.of(UUID.randomUUID()), referral, offer(OfferCode.MADI), List.of(), Fixtures.RECEIVED,
          EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY));
      assertThat(opened(OfferCode.MADI).team()).containsExactly(LEA, SAM);
    }

    @Test
    void a_mapa_team_is_one_educator_too() {
      assertRefused(RuleViolationException.class, ErrorCode.INVALID_TEAM,
          () -> opened(OfferCode.MAPA).changeTeam(List.of(LEA, SAM)));
    }
  }

  @Nested
  class FirstAppointment {
    @Test
    void fixes_a_six_month_period_and_spreads_the_minimum_of_home_visits() {
      Accompaniment mip = started(OfferCode.MIP);
      assertThat(mip.status()).isEqualTo(AccompanimentStatus.ACTIVE);
      assertThat(mip.period()).contains(new CarePeriod(FIRST_APPOINTMENT, java.util.Optional.of(LocalDate.of(2024, 3, 15))));
      assertThat(mip.lastDay()).contains(LocalDate.of(2024, 3, 14));
      // 182 days, 6 planned visits: every floor(i * 182 / 6) days from the first appointment
      assertThat(mip.plannedVisits()).extracting(PlannedVisit::date).containsExactly(
          LocalDate.of(2023, 9, 15), LocalDate.of(2023, 10, 15), LocalDate.of(2023, 11, 14),
          LocalDate.of(2023, 12, 15), LocalDate.of(2024, 1, 14), LocalDate.of(2024, 2, 13));
    }

    @Test
    void before_the_referral_is_refused() {
      assertRefused(RuleViolationException.class, ErrorCode.FIRST_APPOINTMENT_BEFORE_REFERRAL,
          () -> opened(OfferCode.MIP).start(Fixtures.RECEIVED.minusDays(1)));
    }

    @Test
    void before_the_validation_is_refused_too() {
      Accompaniment openedLater = Accompaniment.open(AccompanimentId.of(UUID.randomUUID()),
          assessed(OfferCode.MIP, ReferralReason.CRISIS), offer(OfferCode.MIP), List.of(LEA),
          Fixtures.RECEIVED.plusDays(5), EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY).after();
      assertRefused(RuleViolationException.class, ErrorCode.FIRST_APPOINTMENT_BEFORE_REFERRAL,
          () -> openedLater.start(Fixtures.RECEIVED.plusDays(2)));
      assertThat(openedLater.start(Fixtures.RECEIVED.plusDays(5)).after().status())
          .isEqualTo(AccompanimentStatus.ACTIVE);
    }

    @Test
    void moving_it_after_a_document_is_refused() {
      Accompaniment mip = started(OfferCode.MIP).drawEmtMap(
          new EmtMap(FIRST_APPOINTMENT.plusDays(3), List.of("Lien"), List.of("Apaiser"), List.of("Rituels")), TODAY)
          .after();
      assertRefused(RuleViolationException.class, ErrorCode.INVALID_DOCUMENT_DATE,
          () -> mip.moveFirstAppointment(FIRST_APPOINTMENT.plusDays(4)));
      assertThat(mip.moveFirstAppointment(FIRST_APPOINTMENT.plusDays(3)).after().period().orElseThrow().start())
          .isEqualTo(FIRST_APPOINTMENT.plusDays(3));
    }

    @Test
    void cannot_start_twice() {
      assertRefused(IllegalTransitionException.class, ErrorCode.ILLEGAL_TRANSITION,
          () -> started(OfferCode.MIP).start(FIRST_APPOINTMENT));
    }

    @Test
    void moving_it_moves_the_period_and_only_the_planned_visits_not_yet_done() {
      Accompaniment mip = started(OfferCode.MIP).record(visit(FIRST_APPOINTMENT.plusDays(2), LEA), TODAY).after();
      Accompaniment moved = mip.moveFirstAppointment(FIRST_APPOINTMENT.minusDays(5)).after();
      assertThat(moved.period().orElseThrow().start()).isEqualTo(LocalDate.of(2023, 9, 10));
      assertThat(moved.lastDay()).contains(LocalDate.of(2024, 3, 9));
      assertThat(moved.plannedVisits().get(0)).isEqualTo(mip.plannedVisits().get(0)); // done: stays
      assertThat(moved.plannedVisits().get(1).date()).isEqualTo(mip.plannedVisits().get(1).date().minusDays(5));
      assertThat(moved.contacts()).isEqualTo(mip.contacts());
    }

    @Test
    void moving_it_after_a_recorded_contact_is_refused() {
      Accompaniment mip = started(OfferCode.MIP).record(visit(FIRST_APPOINTMENT, LEA), TODAY).after();
      assertRefused(RuleViolationException.class, ErrorCode.MOVE_WOULD_ORPHAN_CONTACTS,
          () -> mip.moveFirstAppointment(FIRST_APPOINTMENT.plusDays(1)));
    }
  }

  @Nested
  class Contacts {
    @Test
    void a_contact_before_the_first_appointment_is_refused() {
      assertRefused(RuleViolationException.class, ErrorCode.CONTACT_OUTSIDE_PERIOD,
          () -> started(OfferCode.MIP).record(visit(FIRST_APPOINTMENT.minusDays(1), LEA), TODAY));
    }

    @Test
    void a_contact_on_the_anniversary_is_after_the_end_and_refused() {
      Accompaniment mip = started(OfferCode.MIP);
      assertThat(mip.record(visit(LocalDate.of(2024, 3, 14), LEA), TODAY).after().contacts()).hasSize(1);
      assertRefused(RuleViolationException.class, ErrorCode.CONTACT_OUTSIDE_PERIOD,
          () -> mip.record(visit(LocalDate.of(2024, 3, 15), LEA), TODAY));
    }

    @Test
    void a_contact_before_the_accompaniment_started_is_an_illegal_transition() {
      assertRefused(IllegalTransitionException.class, ErrorCode.ILLEGAL_TRANSITION,
          () -> opened(OfferCode.MIP).record(visit(FIRST_APPOINTMENT, LEA), TODAY));
    }

    @Test
    void a_contact_by_an_educator_outside_the_team_is_refused() {
      assertRefused(RuleViolationException.class, ErrorCode.EDUCATOR_NOT_IN_TEAM,
          () -> started(OfferCode.MIP).record(visit(FIRST_APPOINTMENT, SAM), TODAY));
    }

    @Test
    void a_contact_in_the_future_is_refused() {
      assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
          () -> started(OfferCode.MIP).record(visit(FIRST_APPOINTMENT.plusDays(3), LEA), FIRST_APPOINTMENT));
    }

    @Test
    void a_home_visit_marks_the_earliest_planned_visit_done() {
      HomeVisit visit = visit(FIRST_APPOINTMENT.plusDays(40), LEA);
      Accompaniment mip = started(OfferCode.MIP).record(visit, TODAY).after();
      assertThat(mip.plannedVisits().get(0).doneBy()).contains(visit.id());
      assertThat(mip.plannedVisits().stream().filter(PlannedVisit::done)).hasSize(1);
    }

    @Test
    void workshop_sessions_belong_to_per_session_offers_only() {
      Accompaniment arcs = opened(OfferCode.ARCS).start(FIRST_APPOINTMENT).after();
      assertThat(arcs.period().orElseThrow().endExclusive()).isEmpty();
      WorkshopSession session = new WorkshopSession(ContactId.of(UUID.randomUUID()), LocalDate.of(2025, 1, 6), LEA,
          Duration.ofMinutes(60));
      assertThat(arcs.record(session, LocalDate.of(2025, 1, 6)).after().contacts()).containsExactly(session);
      assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
          () -> started(OfferCode.MIP).record(new WorkshopSession(ContactId.of(UUID.randomUUID()), FIRST_APPOINTMENT,
              LEA, Duration.ofHours(1)), TODAY));
    }

    @Test
    void progress_reproduces_the_mip_targets_of_the_seed() {
      Accompaniment mip = started(OfferCode.MIP);
      for (int i = 0; i < 6; i++) {
        mip = mip.record(visit(FIRST_APPOINTMENT.plusDays(i * 30L), LEA), TODAY).after();
      }
      mip = mip.record(call(FIRST_APPOINTMENT.plusDays(1)), TODAY).after();
      Progress atEnd = mip.progressAt(LocalDate.of(2024, 3, 14)).orElseThrow();
      assertThat(atEnd.homeVisits().target()).hasToString("6–7");
      assertThat(atEnd.homeVisits().status()).isEqualTo(ProgressStatus.REACHED);
      assertThat(atEnd.remoteContacts().target()).hasToString("4–5");
      assertThat(atEnd.remoteContacts().expectedByDate()).isEqualTo(4);
      assertThat(atEnd.remoteContacts().status()).isEqualTo(ProgressStatus.UNDER);
      Progress early = mip.progressAt(FIRST_APPOINTMENT.plusDays(10)).orElseThrow();
      assertThat(early.homeVisits().done()).isEqualTo(1);
      assertThat(early.remoteContacts().status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void a_madi_expects_nine_to_twelve_visits_and_eight_to_ten_remote_contacts() {
      Progress progress = opened(OfferCode.MADI).start(FIRST_APPOINTMENT).after().progressAt(TODAY).orElseThrow();
      assertThat(progress.homeVisits().target()).hasToString("9–12");
      assertThat(progress.remoteContacts().target()).hasToString("8–10");
      assertThat(progress.homeVisits().status()).isEqualTo(ProgressStatus.UNDER);
    }

    @Test
    void going_over_the_maximum_is_reported() {
      Accompaniment mip = started(OfferCode.MIP);
      for (int i = 0; i < 8; i++) {
        mip = mip.record(visit(FIRST_APPOINTMENT.plusDays(i), LEA), TODAY).after();
      }
      assertThat(mip.progressAt(TODAY).orElseThrow().homeVisits().status()).isEqualTo(ProgressStatus.OVER);
      assertThat(mip.plannedVisits()).allMatch(PlannedVisit::done);
    }
  }

  @Nested
  class DocumentsAndClosure {
    final SupportPlan plan = new SupportPlan(FIRST_APPOINTMENT.plusDays(7), List.of(ANNE_ID), List.of("Coucher à 20 h"));

    @Test
    void the_dia_is_in_the_names_of_the_parents() {
      Accompaniment mip = started(OfferCode.MIP).writeSupportPlan(plan, singleMother(), TODAY).after();
      assertThat(mip.supportPlan()).contains(plan);
      SupportPlan stranger = new SupportPlan(FIRST_APPOINTMENT, List.of(PersonId.random()), List.of("x"));
      assertRefused(RuleViolationException.class, ErrorCode.INVALID_DOCUMENT_HOLDER,
          () -> started(OfferCode.MIP).writeSupportPlan(stranger, singleMother(), TODAY));
    }

    @Test
    void the_dia_is_refused_in_the_name_of_a_parent_who_did_not_ask_for_the_accompaniment() {
      // Anne consented to the MIP, Karim did not: both are parents, only Anne may hold the DIA (R8, issue 9)
      HouseholdProfile bothParents = HouseholdProfile.builder()
          .parent(new Parent(Fixtures.ANNE_ID, Fixtures.ANNE)).parent(new Parent(Fixtures.KARIM_ID, Fixtures.KARIM))
          .build();
      Accompaniment mip = started(OfferCode.MIP);
      SupportPlan karims = new SupportPlan(FIRST_APPOINTMENT, List.of(Fixtures.KARIM_ID), List.of("Coucher à 20 h"));
      assertRefused(RuleViolationException.class, ErrorCode.INVALID_DOCUMENT_HOLDER,
          () -> mip.writeSupportPlan(karims, bothParents, TODAY));
      SupportPlan both = new SupportPlan(FIRST_APPOINTMENT, List.of(ANNE_ID, Fixtures.KARIM_ID), List.of("x"));
      assertRefused(RuleViolationException.class, ErrorCode.INVALID_DOCUMENT_HOLDER,
          () -> mip.writeSupportPlan(both, bothParents, TODAY));
      assertThat(mip.writeSupportPlan(plan, bothParents, TODAY).after().supportPlan()).contains(plan);
      // without a DIA, the action report goes to the requesters only
      assertThat(mip.writeActionReport(FIRST_APPOINTMENT, "Bilan.", bothParents, TODAY).after().actionReport()
          .orElseThrow().addressedTo()).containsExactly(ANNE_ID);
    }

    @Test
    void the_mapa_dia_is_in_the_names_of_the_caregivers() {
      Accompaniment mapa = opened(OfferCode.MAPA).start(FIRST_APPOINTMENT).after();
      assertThat(mapa.writeSupportPlan(plan, Fixtures.caregiver(), TODAY).after().supportPlan()).contains(plan);
      assertRefused(RuleViolationException.class, ErrorCode.INVALID_DOCUMENT_HOLDER,
          () -> mapa.writeSupportPlan(plan, singleMother(), TODAY));
    }

    @Test
    void the_emt_map_is_dated_within_the_period() {
      EmtMap map = new EmtMap(FIRST_APPOINTMENT, List.of("Lien"), List.of("Apaiser"), List.of("Rituels"));
      assertThat(started(OfferCode.MIP).drawEmtMap(map, TODAY).after().emtMap()).contains(map);
      EmtMap early = new EmtMap(FIRST_APPOINTMENT.minusDays(1), List.of("Lien"), List.of("Apaiser"), List.of("R"));
      assertRefused(RuleViolationException.class, ErrorCode.INVALID_DOCUMENT_DATE,
          () -> started(OfferCode.MIP).drawEmtMap(early, TODAY));
    }

    @Test
    void closing_without_an_action_report_is_refused() {
      assertRefused(RuleViolationException.class, ErrorCode.ACTION_REPORT_REQUIRED,
          () -> started(OfferCode.MIP).close(LocalDate.of(2024, 3, 14), TODAY));
    }

    @Test
    void the_action_report_goes_to_the_parents_with_copies_to_prescriber_and_funder() {
      Accompaniment mip = started(OfferCode.MIP)
          .record(visit(FIRST_APPOINTMENT, LEA), TODAY).after()
          .record(call(FIRST_APPOINTMENT.plusDays(3)), TODAY).after()
          .writeSupportPlan(plan, singleMother(), TODAY).after()
          .writeActionReport(LocalDate.of(2024, 3, 14), "Objectifs atteints.", singleMother(), TODAY).after();
      var report = mip.actionReport().orElseThrow();
      assertThat(report.addressedTo()).containsExactly(ANNE_ID);
      assertThat(report.copiesTo()).containsExactly(Fixtures.CCAS, Fixtures.DEPARTEMENT);
      assertThat(report.contacts().homeVisits()).isEqualTo(1);
      assertThat(report.contacts().remoteContacts()).isEqualTo(1);
      Accompaniment closed = mip.close(LocalDate.of(2024, 3, 14), TODAY).after();
      assertThat(closed.status()).isEqualTo(AccompanimentStatus.CLOSED);
      assertThat(closed.endedOn()).contains(LocalDate.of(2024, 3, 14));
      assertRefused(IllegalTransitionException.class, ErrorCode.ILLEGAL_TRANSITION,
          () -> closed.record(visit(LocalDate.of(2024, 3, 1), LEA), TODAY));
      assertRefused(IllegalTransitionException.class, ErrorCode.ILLEGAL_TRANSITION,
          () -> closed.cancel("trop tard", TODAY, TODAY));
    }

    @Test
    void closing_before_the_last_contact_is_refused() {
      Accompaniment reported = started(OfferCode.MIP)
          .record(visit(LocalDate.of(2023, 12, 20), LEA), TODAY).after()
          .writeActionReport(LocalDate.of(2023, 10, 1), "Bilan.", singleMother(), TODAY).after();
      assertRefused(RuleViolationException.class, ErrorCode.INVALID_DOCUMENT_DATE,
          () -> reported.close(LocalDate.of(2023, 10, 1), TODAY));
      assertThat(reported.close(LocalDate.of(2023, 12, 20), TODAY).after().endedOn())
          .contains(LocalDate.of(2023, 12, 20));
    }

    @Test
    void cancelling_needs_a_reason() {
      assertRefused(InvalidInputException.class, ErrorCode.BLANK_VALUE,
          () -> opened(OfferCode.MIP).cancel("  ", Fixtures.RECEIVED, TODAY));
      Accompaniment cancelled = opened(OfferCode.MIP).cancel("La famille a déménagé", Fixtures.RECEIVED, TODAY).after();
      assertThat(cancelled.status()).isEqualTo(AccompanimentStatus.CANCELLED);
      assertThat(cancelled.isOpen()).isFalse();
    }
  }

  @Nested
  class Succession {
    @Test
    void a_madi_succeeds_an_mip_with_the_same_educator_and_links_both() {
      Accompaniment mip = started(OfferCode.MIP);
      var madiReferral = Fixtures.assessed(org.liens.referral.Referral.receive(
          org.liens.referral.ReferralId.of(UUID.randomUUID()),
          Fixtures.request(OfferCode.MADI, ReferralReason.CRISIS).succeeding(mip.id())).after());
      Accompaniment madi = Accompaniment.openAsSuccessor(AccompanimentId.of(UUID.randomUUID()), madiReferral,
          offer(OfferCode.MADI), mip, List.of(SAM), TODAY, EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY).after();
      Accompaniment ended = mip.succeededBy(madi.id(), TODAY, TODAY).after();
      assertThat(madi.team()).containsExactly(LEA, SAM);
      assertThat(madi.predecessor()).contains(mip.id());
      assertThat(ended.successor()).contains(madi.id());
      assertThat(ended.status()).isEqualTo(AccompanimentStatus.SUCCEEDED);
    }

    @Test
    void an_mip_cannot_succeed_a_madi() {
      Accompaniment madi = opened(OfferCode.MADI);
      var mipReferral = Fixtures.assessed(org.liens.referral.Referral.receive(
          org.liens.referral.ReferralId.of(UUID.randomUUID()),
          Fixtures.request(OfferCode.MIP, ReferralReason.CRISIS).succeeding(madi.id())).after());
      assertRefused(RuleViolationException.class, ErrorCode.INVALID_SUCCESSION, () -> Accompaniment.openAsSuccessor(
          AccompanimentId.of(UUID.randomUUID()), mipReferral, offer(OfferCode.MIP), madi, List.of(), TODAY,
          EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY));
    }
  }
}
