package org.liens.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.codeOf;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.OfferCode;
import org.liens.json.TariffsJson;
import org.liens.pricing.Money;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.shared.ErrorCode;
import org.liens.fixtures.Fixtures;

class BillingPolicyTest {
  static final LocalDate FIRST = LocalDate.of(2023, 9, 4);

  static Accompaniment started(OfferCode offer) {
    return Fixtures.validated(offer, FIRST.minusDays(10)).start(FIRST, TariffsJson.standard2023()).after();
  }

  @Test
  void byDefaultTheFullModuleIsDueOnceTheFirstAppointmentTookPlace() {
    BillingPolicy policy = BillingPolicy.standard();
    Accompaniment validated = Fixtures.validated(OfferCode.MIP, FIRST.minusDays(10));
    assertThat(policy.moduleDue(validated, FIRST)).isEmpty();
    assertThat(policy.moduleDue(started(OfferCode.MIP), FIRST.minusDays(1))).isEmpty();
    assertThat(policy.moduleDue(started(OfferCode.MIP), FIRST)).contains(Quantity.of(1, QuantityUnit.MODULE));
  }

  @Test
  void atEndTheModuleIsDueOnceItEnded() {
    BillingPolicy atEnd = BillingPolicy.standard().withModuleBilling(ModuleBillingMoment.AT_END);
    Accompaniment a = started(OfferCode.MADI);
    assertThat(atEnd.moduleDue(a, FIRST.plusMonths(2))).isEmpty();
    Accompaniment succeeded = a.succeededBy(org.liens.accompaniment.AccompanimentId.of(Fixtures.uuid()),
        FIRST.plusMonths(2), FIRST.plusMonths(2)).after();
    assertThat(atEnd.moduleDue(succeeded, FIRST.plusMonths(2))).contains(Quantity.of(1, QuantityUnit.MODULE));
    BillingPolicy prorata = atEnd.withEarlyTermination(EarlyTermination.PRORATA_BY_MONTH_STARTED);
    assertThat(prorata.moduleDue(succeeded, FIRST.plusMonths(2))).contains(Quantity.fraction(3, 6, QuantityUnit.MODULE));
    assertThat(prorata.moduleDue(succeeded, FIRST.plusMonths(2)).orElseThrow().priceOf(Money.euros(2000)))
        .isEqualTo(Money.euros(1000));
  }

  @Test
  void aCancelledAccompanimentIsNeverInvoiced() {
    Accompaniment cancelled = started(OfferCode.MIP).cancel("moved away", FIRST.plusDays(3), FIRST.plusDays(3)).after();
    assertThat(codeOf(() -> BillingPolicy.standard().moduleDue(cancelled, FIRST.plusDays(3))))
        .isEqualTo(ErrorCode.NOT_BILLABLE);
    assertThat(codeOf(() -> BillingPolicy.standard().moduleDue(started(OfferCode.ARCS), FIRST)))
        .isEqualTo(ErrorCode.NOT_BILLABLE);
  }

  @Test
  void onlyTheArcsSessionsHeldAreBilled() { // issue 14: a planned, missed or cancelled session bills nothing
    Accompaniment arcs = started(OfferCode.ARCS);
    org.liens.staff.StaffId educator = arcs.team().get(0);
    var held = new org.liens.accompaniment.WorkshopSession(
        org.liens.accompaniment.ContactId.of(Fixtures.uuid()), FIRST, educator, Duration.ofHours(1));
    var missed = new org.liens.accompaniment.WorkshopSession(org.liens.accompaniment.ContactId.of(Fixtures.uuid()),
        FIRST.plusDays(7), educator, Duration.ofHours(1),
        org.liens.accompaniment.ContactStatus.MISSED_FAMILY_ABSENT);
    var planned = new org.liens.accompaniment.WorkshopSession(org.liens.accompaniment.ContactId.of(Fixtures.uuid()),
        FIRST.plusDays(14), educator, Duration.ofHours(1), org.liens.accompaniment.ContactStatus.PLANNED);
    LocalDate today = FIRST.plusDays(10);
    Accompaniment recorded = arcs.record(missed, today).after().record(planned, today).after();
    BillingPlan plan = new BillingPlan(BillingPolicy.standard(), new InvoiceHistory(java.util.List.of(),
        java.util.List.of()));
    assertThat(codeOf(() -> plan.dueFor(recorded, today))).isEqualTo(ErrorCode.NOTHING_TO_BILL);
    Accompaniment withHeld = recorded.record(held, today).after();
    assertThat(plan.dueFor(withHeld, today)).singleElement()
        .satisfies(line -> assertThat(line.item()).contains(held.id().value()));
  }

  @ParameterizedTest(name = "first appointment {0}, end {1}: {2} months started")
  @CsvSource({
      "2023-09-04, 2023-09-04, 1",
      "2023-09-04, 2023-10-03, 1",
      "2023-09-04, 2023-10-04, 2",
      "2023-09-04, 2023-11-10, 3",
      "2023-08-31, 2023-09-30, 2",
      "2023-08-31, 2024-02-28, 6",
      "2023-09-04, 2025-01-01, 6"})
  void monthsStartedFollowJavaTimeArithmetic(LocalDate start, LocalDate end, int months) {
    assertThat(BillingPolicy.monthsStarted(start, end, 6)).isEqualTo(months);
  }

  @ParameterizedTest(name = "{0} min: {1} / {2} / {3}")
  @CsvSource({
      "60, 55.00, 55.00, 55.00",
      "50, 45.83, 55.00, 55.00",
      "45, 41.25, 41.25, 55.00",
      "61, 55.92, 68.75, 110.00",
      "1, 0.92, 13.75, 55.00"})
  void partialHoursFollowTheNamedPolicy(long minutes, String proRata, String quarter, String hour) {
    Money hourly = Money.euros(55);
    Duration length = Duration.ofMinutes(minutes);
    assertThat(price(SessionTimePolicy.PRO_RATA_TO_THE_MINUTE, length, hourly)).isEqualTo(Money.parse(proRata));
    assertThat(price(SessionTimePolicy.STARTED_QUARTER_HOUR, length, hourly)).isEqualTo(Money.parse(quarter));
    assertThat(price(SessionTimePolicy.STARTED_HOUR, length, hourly)).isEqualTo(Money.parse(hour));
  }

  private static Money price(SessionTimePolicy policy, Duration length, Money hourly) {
    return Quantity.hours(policy.billable(length)).priceOf(hourly);
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    assertThat(BillingPolicy.standard()).isEqualTo(new BillingPolicy(ModuleBillingMoment.ONCE_FIRST_APPOINTMENT_HELD,
        EarlyTermination.FULL, SessionTimePolicy.PRO_RATA_TO_THE_MINUTE, GroupWorkshopBilling.PER_ACCEPTED_QUOTE,
        new NumberingScheme("F", "AV")));
  }
}
