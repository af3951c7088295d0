package org.liens.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.codeOf;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.json.TariffsJson;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.fixtures.Fixtures;

class FundingAgreementTest {
  private static final LocalDate CONCLUDED = LocalDate.of(2022, 12, 15);
  private static final LocalDate MAY = LocalDate.of(2023, 5, 2);
  private final OrganisationId caf = Fixtures.organisation();
  private final OrganisationId msa = Fixtures.organisation();
  private final OrganisationId figeac = Fixtures.organisation();

  private FundingAgreement cej(int madiPlaces) {
    AgreementTerms terms = new AgreementTerms("CEJ-2023", AgreementPeriod.year(2023),
        List.of(FunderShare.of(caf, "33.33"), FunderShare.of(msa, "33.33"), FunderShare.of(figeac, "33.34")),
        List.of(AgreementLineTerms.atTariff(OfferCode.MADI, madiPlaces),
            AgreementLineTerms.negotiated(OfferCode.MIP, 2, Money.euros(1700))));
    return FundingAgreement.conclude(AgreementId.of(Fixtures.uuid()), terms, TariffsJson.standard2023(), CONCLUDED).after();
  }


  @Test
  void budgetIsPlacesTimesPriceAtTheTariffOrNegotiated() {
    FundingAgreement agreement = cej(3);
    assertThat(agreement.line(OfferCode.MADI).orElseThrow().unitPrice()).isEqualTo(Money.euros(2000));
    assertThat(agreement.line(OfferCode.MIP).orElseThrow().unitPrice()).isEqualTo(Money.euros(1700));
    assertThat(agreement.budget()).isEqualTo(Money.euros(3 * 2000 + 2 * 1700));
    assertThat(agreement.remainingBudget(MAY)).isEqualTo(agreement.budget());
  }

  @Test
  void sharesMustAddUpToHundredPercent() {
    AgreementTerms terms = new AgreementTerms("X", AgreementPeriod.year(2023),
        List.of(FunderShare.of(caf, "33.33"), FunderShare.of(msa, "33.33"), FunderShare.of(figeac, "33.33")),
        List.of(AgreementLineTerms.atTariff(OfferCode.MADI, 1)));
    assertThat(codeOf(() -> FundingAgreement.conclude(AgreementId.of(Fixtures.uuid()), terms,
        TariffsJson.standard2023(), CONCLUDED))).isEqualTo(ErrorCode.SHARES_NOT_100_PERCENT);
  }

  @Test
  void aLineWithoutPriceNeedsATariffInForceOnTheFirstDay() {
    AgreementTerms before2023 = new AgreementTerms("X", AgreementPeriod.year(2022),
        List.of(FunderShare.whole(caf)), List.of(AgreementLineTerms.atTariff(OfferCode.MIP, 1)));
    assertThat(codeOf(() -> FundingAgreement.conclude(AgreementId.of(Fixtures.uuid()), before2023,
        TariffsJson.standard2023(), CONCLUDED))).isEqualTo(ErrorCode.NO_TARIFF_BEFORE_DATE);
    AgreementTerms arcs = new AgreementTerms("X", AgreementPeriod.year(2023),
        List.of(FunderShare.whole(caf)), List.of(AgreementLineTerms.atTariff(OfferCode.ARCS, 1)));
    assertThat(codeOf(() -> FundingAgreement.conclude(AgreementId.of(Fixtures.uuid()), arcs,
        TariffsJson.standard2023(), CONCLUDED))).isEqualTo(ErrorCode.NO_TARIFF);
  }

  @Test
  void validationTakesAPlaceUntilNoneIsLeft() {
    FundingAgreement agreement = cej(2);
    AccompanimentId a = AccompanimentId.of(Fixtures.uuid());
    AccompanimentId b = AccompanimentId.of(Fixtures.uuid());
    AccompanimentId c = AccompanimentId.of(Fixtures.uuid());
    agreement = agreement.takePlace(a, OfferCode.MADI, caf, MAY, WaitlistPolicy.REFUSE).after();
    agreement = agreement.takePlace(b, OfferCode.MADI, msa, MAY.plusDays(10), WaitlistPolicy.REFUSE).after();
    FundingAgreement full = agreement;
    assertThat(codeOf(() -> full.takePlace(c, OfferCode.MADI, caf, MAY, WaitlistPolicy.REFUSE)))
        .isEqualTo(ErrorCode.NO_PLACE_LEFT);
    assertThat(full.remainingPlaces(OfferCode.MADI, MAY)).isEqualTo(1);
    assertThat(full.remainingPlaces(OfferCode.MADI, MAY.plusDays(10))).isZero();
    assertThat(full.remainingPlaces(OfferCode.MIP, MAY)).isEqualTo(2);
    assertThat(full.committed(MAY.plusDays(10))).isEqualTo(Money.euros(4000));
    assertThat(full.offersWithPlacesLeft()).containsExactly(OfferCode.MIP);
  }

  @Test
  void withTheWaitlistPolicyTheFirstWaitingGetsAReleasedPlace() {
    AccompanimentId a = AccompanimentId.of(Fixtures.uuid());
    AccompanimentId b = AccompanimentId.of(Fixtures.uuid());
    AccompanimentId c = AccompanimentId.of(Fixtures.uuid());
    FundingAgreement agreement = cej(1)
        .takePlace(a, OfferCode.MADI, caf, MAY, WaitlistPolicy.WAITLIST).after()
        .takePlace(b, OfferCode.MADI, caf, MAY, WaitlistPolicy.WAITLIST).after()
        .takePlace(c, OfferCode.MADI, caf, MAY.plusDays(1), WaitlistPolicy.WAITLIST).after();
    assertThat(agreement.isWaitlisted(b)).isTrue();
    var released = agreement.releasePlace(a, MAY.plusDays(5));
    assertThat(released.after().placeOf(b)).isPresent();
    assertThat(released.after().isWaitlisted(c)).isTrue();
    assertThat(released.events()).extracting(e -> e.type()).containsExactly("PlaceReleased", "PlaceTaken");
    assertThat(released.after().remainingPlaces(OfferCode.MADI, MAY)).isZero();
  }

  @Test
  void placesAreTakenInsideThePeriodForCoveredOffersAndFunders() {
    FundingAgreement agreement = cej(2);
    AccompanimentId a = AccompanimentId.of(Fixtures.uuid());
    assertThat(codeOf(() -> agreement.takePlace(a, OfferCode.MADI, caf, LocalDate.of(2024, 1, 1), WaitlistPolicy.REFUSE)))
        .isEqualTo(ErrorCode.OUTSIDE_AGREEMENT_PERIOD);
    assertThat(codeOf(() -> agreement.takePlace(a, OfferCode.MAPA, caf, MAY, WaitlistPolicy.REFUSE)))
        .isEqualTo(ErrorCode.NOT_COVERED_BY_AGREEMENT);
    assertThat(codeOf(() -> agreement.takePlace(a, OfferCode.MADI, Fixtures.organisation(), MAY, WaitlistPolicy.REFUSE)))
        .isEqualTo(ErrorCode.NOT_COVERED_BY_AGREEMENT);
    assertThat(agreement.places()).isEmpty();
  }

  @Test
  void whatIsBilledNeverExceedsTheBudget() {
    FundingAgreement agreement = cej(1);
    Money budget = agreement.budget();
    agreement = agreement.charge(UUID.randomUUID(), MAY, budget.minus(Money.ofCents(1))).after();
    FundingAgreement nearlyFull = agreement;
    assertThat(codeOf(() -> nearlyFull.charge(UUID.randomUUID(), MAY, Money.ofCents(2)))).isEqualTo(ErrorCode.BUDGET_EXCEEDED);
    assertThat(codeOf(() -> nearlyFull.charge(UUID.randomUUID(), MAY, budget.negate()))).isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThat(codeOf(() -> nearlyFull.charge(UUID.randomUUID(), MAY, Money.ZERO))).isEqualTo(ErrorCode.INVALID_AMOUNT);
    FundingAgreement after = nearlyFull.charge(UUID.randomUUID(), MAY.plusDays(3), Money.euros(-100)).after();
    assertThat(after.remainingBudget(MAY)).isEqualTo(Money.ofCents(1));
    assertThat(after.remainingBudget(MAY.plusDays(3))).isEqualTo(Money.parse("100.01"));
  }

  @Test
  void anAdapterCannotRebuildAnInconsistentAgreement() {
    FundingAgreement agreement = cej(1);
    assertThatThrownBy(() -> FundingAgreement.builder().from(agreement)
        .funders(List.of(FunderShare.of(caf, "50"), FunderShare.of(msa, "49.99"))).build())
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.SHARES_NOT_100_PERCENT);
  }
}
