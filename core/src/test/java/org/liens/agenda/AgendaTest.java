package org.liens.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.FIRST_APPOINTMENT;
import static org.liens.fixtures.Fixtures.RECEIVED;
import static org.liens.fixtures.Fixtures.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.HomeVisit;
import org.liens.agreement.AgreementId;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.catalog.OfferCode;
import org.liens.document.SupportPlan;
import org.liens.fixtures.Fixtures;
import org.liens.json.TariffsJson;
import org.liens.referral.Referral;
import org.liens.referral.ReferralDeadlines;
import org.liens.referral.ReferralReason;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/** Issue 14: one example of each due item, with its day and whether it is overdue. */
class AgendaTest {
  final ReferralDeadlines deadlines = ReferralDeadlines.standard();
  final DuePolicy policy = DuePolicy.standard();
  final Accompaniment mip = Fixtures.started(OfferCode.MIP);

  List<DueItem> due(List<Accompaniment> accompaniments, List<Referral> referrals, List<FundingAgreement> agreements,
      LocalDate asOf) {
    return Agenda.due(accompaniments, referrals, agreements, deadlines, policy, asOf);
  }

  @Test
  void a_planned_visit_is_due_on_its_day_and_overdue_after_it_until_a_home_visit_realises_it() {
    LocalDate first = mip.plannedVisits().get(0).date();
    assertThat(due(List.of(mip), List.of(), List.of(), first.minusDays(8)))
        .noneMatch(i -> i.kind() == DueKind.PLANNED_VISIT);
    assertThat(due(List.of(mip), List.of(), List.of(), first.minusDays(7)))
        .contains(new DueItem(DueKind.PLANNED_VISIT, mip.id().value(), OfferCode.MIP, first, false));
    assertThat(due(List.of(mip), List.of(), List.of(), first.plusDays(1)))
        .contains(new DueItem(DueKind.PLANNED_VISIT, mip.id().value(), OfferCode.MIP, first, true));

    Accompaniment visited = mip.record(new HomeVisit(ContactId.of(UUID.randomUUID()), first, Fixtures.LEA),
        first.plusDays(1)).after();
    assertThat(due(List.of(visited), List.of(), List.of(), first.plusDays(1)))
        .noneMatch(i -> i.kind() == DueKind.PLANNED_VISIT && i.dueOn().equals(first));
  }

  @Test
  void a_planned_contact_is_due_on_its_day_and_overdue_after_it_until_it_is_settled() {
    LocalDate day = FIRST_APPOINTMENT.plusDays(20);
    ContactId call = ContactId.of(UUID.randomUUID());
    Accompaniment planned = mip.record(new org.liens.accompaniment.RemoteContact(call, day, Fixtures.LEA,
        org.liens.accompaniment.RemoteChannel.PHONE, org.liens.accompaniment.ContactStatus.PLANNED),
        FIRST_APPOINTMENT).after();
    DueItem item = new DueItem(DueKind.PLANNED_CONTACT, mip.id().value(), OfferCode.MIP, day, false);
    assertThat(due(List.of(planned), List.of(), List.of(), day.minusDays(8))).doesNotContain(item);
    assertThat(due(List.of(planned), List.of(), List.of(), day.minusDays(7))).contains(item);
    assertThat(due(List.of(planned), List.of(), List.of(), day.plusDays(1)))
        .contains(new DueItem(DueKind.PLANNED_CONTACT, mip.id().value(), OfferCode.MIP, day, true));

    Accompaniment missed = planned.record(planned.contact(call).orElseThrow()
        .withStatus(org.liens.accompaniment.ContactStatus.MISSED_FAMILY_ABSENT), day.plusDays(1)).after();
    assertThat(due(List.of(missed), List.of(), List.of(), day.plusDays(1)))
        .noneMatch(i -> i.kind() == DueKind.PLANNED_CONTACT);
  }

  @Test
  void the_dia_is_due_30_days_after_the_first_appointment_for_mip_madi_mapa_and_never_for_arcs() {
    LocalDate dueOn = FIRST_APPOINTMENT.plusDays(30);
    assertThat(due(List.of(mip), List.of(), List.of(), dueOn.plusDays(1)))
        .contains(new DueItem(DueKind.SUPPORT_PLAN, mip.id().value(), OfferCode.MIP, dueOn, true));
    Accompaniment written = mip.writeSupportPlan(new SupportPlan(FIRST_APPOINTMENT.plusDays(7),
        List.of(Fixtures.ANNE_ID), List.of("Coucher à 20 h")), Fixtures.singleMother(), dueOn).after();
    assertThat(due(List.of(written), List.of(), List.of(), dueOn.plusDays(1)))
        .noneMatch(i -> i.kind() == DueKind.SUPPORT_PLAN);
    Accompaniment arcs = Fixtures.started(OfferCode.ARCS);
    assertThat(due(List.of(arcs), List.of(), List.of(), dueOn.plusDays(1)))
        .noneMatch(i -> i.kind() == DueKind.SUPPORT_PLAN);
  }

  @Test
  void the_action_report_is_due_on_the_last_day_and_overdue_once_the_period_ended() {
    LocalDate lastDay = mip.lastDay().orElseThrow();
    assertThat(due(List.of(mip), List.of(), List.of(), lastDay.plusDays(3)))
        .contains(new DueItem(DueKind.ACTION_REPORT, mip.id().value(), OfferCode.MIP, lastDay, true));
    assertThat(due(List.of(mip), List.of(), List.of(), lastDay.minusDays(7)))
        .contains(new DueItem(DueKind.ACTION_REPORT, mip.id().value(), OfferCode.MIP, lastDay, false));
    assertThat(due(List.of(Fixtures.opened(OfferCode.MIP)), List.of(), List.of(), lastDay)).isEmpty();
  }

  @Test
  void a_waiting_referral_is_due_by_its_deadline_and_a_decided_one_never() {
    Referral received = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS);
    LocalDate deadline = RECEIVED.plusDays(15);
    assertThat(due(List.of(), List.of(received), List.of(), deadline.minusDays(7)))
        .containsExactly(new DueItem(DueKind.REFERRAL_DECISION, received.id().value(), OfferCode.MIP, deadline, false));
    assertThat(due(List.of(), List.of(received), List.of(), deadline.minusDays(8))).isEmpty();
    assertThat(due(List.of(), List.of(received), List.of(), deadline.plusDays(1))).singleElement()
        .extracting(DueItem::overdue).isEqualTo(true);
    assertThat(due(List.of(), List.of(received.reject("Hors territoire", RECEIVED).after()), List.of(),
        deadline)).isEmpty();
  }

  @Test
  void an_agreement_with_its_last_place_left_is_due_and_a_full_or_roomy_one_is_not() {
    LocalDate may = LocalDate.of(2023, 5, 2);
    FundingAgreement agreement = FundingAgreement.conclude(AgreementId.of(Fixtures.uuid()), new AgreementTerms(
            "CEJ-2023", AgreementPeriod.year(2023), List.of(FunderShare.of(Fixtures.organisation(), "100")),
            List.of(AgreementLineTerms.atTariff(OfferCode.MADI, 1), AgreementLineTerms.atTariff(OfferCode.MIP, 3))),
        TariffsJson.standard2023(), LocalDate.of(2022, 12, 15)).after();
    assertThat(due(List.of(), List.of(), List.of(agreement), may))
        .containsExactly(new DueItem(DueKind.AGREEMENT_PLACES, agreement.id().value(), OfferCode.MADI, may, false));
    assertThat(due(List.of(), List.of(), List.of(agreement), LocalDate.of(2024, 1, 2))).isEmpty();
    assertThat(Agenda.due(List.of(), List.of(), List.of(agreement), deadlines,
        new DuePolicy(7, 30, Set.of(OfferCode.MIP), 3), may)).extracting(DueItem::offer)
        .containsExactly(OfferCode.MADI, OfferCode.MIP);
  }

  @Test
  void the_policy_bounds_its_numbers() {
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
        () -> new DuePolicy(-1, 30, Set.of(), 1));
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
        () -> new DuePolicy(7, 0, Set.of(), 1));
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
        () -> new DuePolicy(7, 30, Set.of(), 1_001));
  }
}
