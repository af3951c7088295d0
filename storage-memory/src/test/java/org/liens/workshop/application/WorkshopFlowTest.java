package org.liens.workshop.application;

import org.liens.storage.tck.Ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.storage.tck.Refusals.codeOf;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liens.storage.memory.MoneyWorld;
import org.liens.billing.BillingPolicy;
import org.liens.billing.GroupWorkshopBilling;
import org.liens.billing.Invoice;
import org.liens.billing.LineKind;
import org.liens.household.Child;
import org.liens.household.SchoolGrade;
import org.liens.pricing.Money;
import org.liens.shared.ErrorCode;
import org.liens.shared.PersonName;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteRequest;
import org.liens.workshop.QuoteStatus;
import org.liens.workshop.Travel;
import org.liens.workshop.WorkshopSeries;

class WorkshopFlowTest {
  static final LocalDate SEPT_1 = LocalDate.of(2023, 9, 1);
  private int pupils;

  Child pupil() {
    pupils++;
    return Child.of(PersonName.of("Élève" + pupils, "Classe"), SEPT_1.minusYears(10), SchoolGrade.CM2);
  }

  WorkshopSeries acceptedAndStarted(MoneyWorld w, QuoteRequest request) {
    Quote quote = w.liens.workshops().propose(w.coordinator, request);
    WorkshopSeries series = w.liens.workshops().accept(w.coordinator, quote.id());
    for (int i = 0; i < request.children(); i++) {
      series = w.liens.workshops().enrol(w.coordinator, series.id(), pupil());
    }
    return series;
  }

  @Test
  void theSeedsGroupModelIsQuotedAndInvoiced900Euros() {
    MoneyWorld w = new MoneyWorld(SEPT_1);
    WorkshopSeries series = acceptedAndStarted(w, QuoteRequest.model(w.school.id(), 6, SEPT_1.plusDays(30)));
    assertThat(w.liens.workshops().get(w.coordinator, series.quote()).status()).isEqualTo(QuoteStatus.ACCEPTED);
    assertThat(codeOf(() -> w.liens.billing().prepare(w.coordinator, series.id()))).isEqualTo(ErrorCode.NOTHING_TO_BILL);
    w.clock.advanceDays(3);
    w.liens.workshops().recordSession(w.coordinator, series.id(), 1, w.today(), Ledger.everyChildOf(series, 1));
    List<Invoice> drafts = w.liens.billing().prepare(w.coordinator, series.id());
    assertThat(drafts).singleElement().satisfies(d -> {
      assertThat(d.total()).isEqualTo(Money.euros(900));
      assertThat(d.funder()).isEqualTo(w.school.id());
      assertThat(d.lines()).singleElement().satisfies(l -> {
        assertThat(l.kind()).isEqualTo(LineKind.GROUP_WORKSHOP);
        assertThat(l.unitPrice()).isEqualTo(Money.euros(150));
        assertThat(l.quantity().display()).isEqualTo("6 séance de groupe");
        assertThat(l.performedOn()).isEqualTo(SEPT_1.plusDays(3));
      });
    });
    w.liens.billing().issue(w.coordinator, drafts.get(0).id());
    assertThat(codeOf(() -> w.liens.billing().prepare(w.coordinator, series.id()))).isEqualTo(ErrorCode.NOTHING_TO_BILL);
  }

  @Test
  void perSessionHeldBillsEachGroupSessionAndTheTravelOnce() {
    MoneyWorld w = new MoneyWorld(SEPT_1,
        b -> b.billingPolicy(BillingPolicy.standard().withGroupWorkshops(GroupWorkshopBilling.PER_SESSION_HELD)));
    WorkshopSeries series = acceptedAndStarted(w, QuoteRequest.model(w.school.id(), 8, SEPT_1)
        .withTravel(Travel.perTrip(6, Money.parse("12.50"))));
    assertThat(series.groups()).isEqualTo(2);
    assertThat(series.participants(1)).hasSize(6);
    assertThat(series.participants(2)).hasSize(2);
    w.liens.workshops().recordSession(w.coordinator, series.id(), 1, SEPT_1, Ledger.everyChildOf(series, 1));
    w.liens.workshops().recordSession(w.coordinator, series.id(), 2, SEPT_1, Ledger.everyChildOf(series, 2));
    Invoice first = w.liens.billing().prepare(w.coordinator, series.id()).get(0);
    assertThat(first.lines()).extracting(l -> l.kind())
        .containsExactly(LineKind.GROUP_SESSION, LineKind.GROUP_SESSION, LineKind.TRAVEL);
    assertThat(first.total()).isEqualTo(Money.euros(375));
    w.clock.advanceDays(7);
    w.liens.workshops().recordSession(w.coordinator, series.id(), 1, w.today(), Ledger.everyChildOf(series, 1));
    assertThat(w.liens.billing().prepare(w.coordinator, series.id())).containsExactly(first); // while it waits
    w.liens.billing().issue(w.coordinator, first.id());
    Invoice second = w.liens.billing().prepare(w.coordinator, series.id()).get(0);
    assertThat(second.lines()).extracting(l -> l.kind()).containsExactly(LineKind.GROUP_SESSION);
    assertThat(second.total()).isEqualTo(Money.euros(150));
  }

  @Test
  void aSessionNobodyAttendedIsNotHeldAndNotBilled() {
    MoneyWorld w = new MoneyWorld(SEPT_1,
        b -> b.billingPolicy(BillingPolicy.standard().withGroupWorkshops(GroupWorkshopBilling.PER_SESSION_HELD)));
    WorkshopSeries series = acceptedAndStarted(w, QuoteRequest.model(w.school.id(), 6, SEPT_1));
    w.liens.workshops().recordSession(w.coordinator, series.id(), 1, SEPT_1, java.util.Set.of());
    assertThat(codeOf(() -> w.liens.billing().prepare(w.coordinator, series.id()))).isEqualTo(ErrorCode.NOTHING_TO_BILL);
    w.clock.advanceDays(7);
    var two = java.util.Set.of(series.participants(1).get(0).child().id(), series.participants(1).get(3).child().id());
    WorkshopSeries after = w.liens.workshops().recordSession(w.coordinator, series.id(), 1, w.today(), two);
    Invoice invoice = w.liens.billing().prepare(w.coordinator, series.id()).get(0);
    assertThat(invoice.lines()).extracting(l -> l.kind()).containsExactly(LineKind.GROUP_SESSION);
    assertThat(invoice.total()).isEqualTo(Money.euros(150));
    var figures = w.liens.figures().workshopAttendance(w.coordinator, SEPT_1, w.today());
    assertThat(figures.sessionsHeld()).isEqualTo(1);
    assertThat(figures.sessionsNotHeld()).isEqualTo(1);
    assertThat(figures.attendances()).isEqualTo(2);
    assertThat(figures.averageRatePerGroup()).contains(new java.math.BigDecimal("0.333"));
    assertThat(after.heldSessions()).hasSize(1);
  }

  @Test
  void anExpiredQuoteOpensNoSeries() {
    MoneyWorld w = new MoneyWorld(SEPT_1);
    Quote quote = w.liens.workshops().propose(w.coordinator, QuoteRequest.model(w.school.id(), 6, SEPT_1.plusDays(15)));
    w.clock.advanceDays(16);
    assertThat(codeOf(() -> w.liens.workshops().accept(w.coordinator, quote.id()))).isEqualTo(ErrorCode.QUOTE_EXPIRED);
    java.util.Optional<WorkshopSeries> opened = w.storage.read(r -> r.workshopSeries().ofQuote(quote.id()));
    assertThat(opened).isEmpty();
    assertThat(w.liens.workshops().get(w.coordinator, quote.id()).status()).isEqualTo(QuoteStatus.PROPOSED);
  }

  @Test
  void participantsAreCheckedWhenEnrolled() {
    MoneyWorld w = new MoneyWorld(SEPT_1);
    WorkshopSeries series = acceptedAndStarted(w, QuoteRequest.model(w.school.id(), 6, SEPT_1));
    assertThat(codeOf(() -> w.liens.workshops().enrol(w.coordinator, series.id(), pupil()))).isEqualTo(ErrorCode.WORKSHOP_FULL);
    Quote another = w.liens.workshops().propose(w.coordinator, QuoteRequest.model(w.school.id(), 7, SEPT_1));
    WorkshopSeries second = w.liens.workshops().accept(w.coordinator, another.id());
    Child tooYoung = Child.of(PersonName.of("Petit", "Classe"), SEPT_1.minusYears(4), SchoolGrade.MS);
    assertThat(codeOf(() -> w.liens.workshops().enrol(w.coordinator, second.id(), tooYoung)))
        .isEqualTo(ErrorCode.PARTICIPANT_NOT_FROM_CP);
    assertThat(w.liens.workshops().series(w.coordinator, second.id()).participants()).isEmpty();
  }

  @Test
  void aQuoteForNoChildIsRefusedBeforeAnythingIsStored() {
    MoneyWorld w = new MoneyWorld(SEPT_1);
    assertThat(codeOf(() -> w.liens.workshops().propose(w.coordinator, QuoteRequest.model(w.school.id(), 0, SEPT_1))))
        .isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(w.liens.workshops().ofClient(w.coordinator, w.school.id())).isEmpty();
  }
}
