package org.liens.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.referral.Referral;
import org.liens.referral.ReferralDeadlines;
import org.liens.referral.ReferralReason;

/** Issue 14: the due list is ordered, bounded by its horizon, overdue exactly before the day, and grows with it. */
class AgendaProperties {

  @Property(tries = 200)
  void the_due_list_is_ordered_bounded_and_overdue_exactly_before_the_day(
      @ForAll @IntRange(min = -30, max = 250) int day, @ForAll @IntRange(max = 30) int horizon,
      @ForAll @IntRange(max = 30) int moreHorizon) {
    Accompaniment withAppointment = Fixtures.started(OfferCode.MIP).record(new org.liens.accompaniment.HomeVisit(
        org.liens.accompaniment.ContactId.of(java.util.UUID.randomUUID()), Fixtures.FIRST_APPOINTMENT.plusDays(40),
        Fixtures.LEA, org.liens.accompaniment.ContactStatus.PLANNED), Fixtures.FIRST_APPOINTMENT).after();
    List<Accompaniment> accompaniments = List.of(withAppointment, Fixtures.started(OfferCode.MADI),
        Fixtures.started(OfferCode.ARCS), Fixtures.opened(OfferCode.MAPA));
    List<Referral> referrals = List.of(Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS),
        Fixtures.assessed(OfferCode.MADI, ReferralReason.ACUTE_CRISIS));
    LocalDate asOf = Fixtures.FIRST_APPOINTMENT.plusDays(day);
    Set<OfferCode> dia = Set.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA);
    List<DueItem> items = Agenda.due(accompaniments, referrals, List.of(), ReferralDeadlines.standard(),
        new DuePolicy(horizon, 30, dia, 1), asOf);
    List<DueItem> wider = Agenda.due(accompaniments, referrals, List.of(), ReferralDeadlines.standard(),
        new DuePolicy(horizon + moreHorizon, 30, dia, 1), asOf);

    assertThat(items).isSortedAccordingTo(DueItem.ORDER);
    assertThat(items).allMatch(i -> !i.dueOn().isAfter(asOf.plusDays(horizon)))
        .allMatch(i -> i.overdue() == i.dueOn().isBefore(asOf));
    assertThat(new ArrayList<>(wider)).containsAll(items);
    assertThat(wider.stream().filter(i -> !i.dueOn().isAfter(asOf.plusDays(horizon))).toList()).isEqualTo(items);
    Statistics.label("items").collect(items.isEmpty() ? "none" : items.size() < 5 ? "1-4" : "5+");
  }
}
