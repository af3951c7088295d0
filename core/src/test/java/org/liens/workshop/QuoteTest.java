package org.liens.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.codeOf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liens.catalog.OfferCode;
import org.liens.json.TariffsJson;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Tariff;
import org.liens.shared.ErrorCode;
import org.liens.fixtures.Fixtures;

class QuoteTest {
  static final LocalDate TODAY = LocalDate.of(2023, 9, 1);
  static final Tariff GROUP = TariffsJson.standard2023().inForce(OfferCode.ARCS, PriceBasis.GROUP_MODEL, TODAY);
  final OrganisationId school = Fixtures.organisation();


  Quote propose(QuoteRequest request) {
    return Quote.propose(QuoteId.of(Fixtures.uuid()), request, GROUP, TODAY).after();
  }

  @Test
  void theSeedsModelCosts900Euros() {
    Quote quote = propose(QuoteRequest.model(school, 6, TODAY.plusDays(30)));
    assertThat(quote.groups()).isEqualTo(1);
    assertThat(quote.groupSessionPrice()).isEqualTo(Money.euros(150));
    assertThat(quote.total()).isEqualTo(Money.euros(900));
    assertThat(quote.lines()).hasSize(1);
    assertThat(quote.lines().get(0).quantity().display()).isEqualTo("6 séance de groupe");
  }

  @ParameterizedTest(name = "{0} children, {1} sessions of {2} min: {3} groups, {4} €")
  @CsvSource({
      "1, 6, 60, 1, 900.00",
      "7, 6, 60, 2, 1800.00",
      "12, 6, 60, 2, 1800.00",
      "13, 6, 60, 3, 2700.00",
      "6, 10, 90, 1, 2250.00",
      "6, 6, 45, 1, 675.00",
      "6, 3, 50, 1, 375.00"})
  void childrenAreSplitIntoGroupsOfAtMostSix(int children, int sessions, int minutes, int groups, String total) {
    Quote quote = propose(new QuoteRequest(school, children, sessions, Duration.ofMinutes(minutes),
        SessionFrequency.WEEKLY, Travel.none(), TODAY));
    assertThat(quote.groups()).isEqualTo(groups);
    assertThat(quote.total()).isEqualTo(Money.parse(total));
  }

  @Test
  void travelIsQuotedPerTripOrByDistance() {
    Quote trips = propose(QuoteRequest.model(school, 8, TODAY).withTravel(Travel.perTrip(6, Money.parse("12.50"))));
    assertThat(trips.total()).isEqualTo(Money.euros(1800 + 75));
    Quote km = propose(QuoteRequest.model(school, 6, TODAY)
        .withTravel(Travel.byDistance(new BigDecimal("182.5"), Money.parse("0.61"))));
    assertThat(km.lines().get(1).amount()).isEqualTo(Money.parse("111.33"));
    assertThat(km.total()).isEqualTo(Money.parse("1011.33"));
  }

  @Test
  void badRequestsAreRefusedWithStableCodes() {
    assertThat(codeOf(() -> QuoteRequest.model(school, 0, TODAY))).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(codeOf(() -> new QuoteRequest(school, 6, 0, Duration.ofHours(1), SessionFrequency.WEEKLY, Travel.none(), TODAY)))
        .isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(codeOf(() -> Travel.perTrip(2, Money.ZERO))).isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThat(codeOf(() -> Travel.perTrip(2, Money.euros(-3)))).isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThat(codeOf(() -> propose(QuoteRequest.model(school, 6, TODAY.minusDays(1))))).isEqualTo(ErrorCode.INVALID_VALUE);
  }

  @Test
  void aQuoteIsAcceptedByItsValidityDateOnly() {
    Quote quote = propose(QuoteRequest.model(school, 6, TODAY.plusDays(10)));
    WorkshopSeriesId series = WorkshopSeriesId.of(Fixtures.uuid());
    assertThat(codeOf(() -> quote.accept(series, TODAY.plusDays(11)))).isEqualTo(ErrorCode.QUOTE_EXPIRED);
    assertThat(quote.isExpiredOn(TODAY.plusDays(11))).isTrue();
    Quote accepted = quote.accept(series, TODAY.plusDays(10)).after();
    assertThat(accepted.status()).isEqualTo(QuoteStatus.ACCEPTED);
    assertThat(codeOf(() -> accepted.accept(series, TODAY.plusDays(10)))).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    assertThat(codeOf(() -> accepted.decline(TODAY.plusDays(10)))).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
  }

  @Test
  void aQuoteKeepsTheTariffItWasMadeWith() {
    Tariff dearer = Tariff.groupModel(OfferCode.ARCS, LocalDate.of(2024, 1, 1), Money.euros(960), GROUP.vat(),
        GROUP.groupModel().orElseThrow());
    Quote quote = propose(QuoteRequest.model(school, 6, TODAY.plusDays(200)));
    assertThat(TariffsJson.standard2023().with(dearer).inForce(OfferCode.ARCS, PriceBasis.GROUP_MODEL,
        LocalDate.of(2024, 1, 2)).price()).isEqualTo(Money.euros(960));
    assertThat(quote.accept(WorkshopSeriesId.of(Fixtures.uuid()), LocalDate.of(2024, 1, 2)).after().total())
        .isEqualTo(Money.euros(900));
  }
}
