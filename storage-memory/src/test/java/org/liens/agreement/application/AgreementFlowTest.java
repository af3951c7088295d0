package org.liens.agreement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.storage.tck.Refusals.codeOf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.liens.storage.memory.MoneyWorld;
import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.AgreementId;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.agreement.WaitlistPolicy;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.NumberSeries;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.pricing.Percentage;
import org.liens.referral.Referral;
import org.liens.referral.ReferralStatus;
import org.liens.organisation.OrganisationId;
import org.liens.shared.ErrorCode;

class AgreementFlowTest {
  static final LocalDate SEPT_4 = LocalDate.of(2023, 9, 4);
  final MoneyWorld world = new MoneyWorld(SEPT_4);

  FundingAgreement coFinanced(MoneyWorld w, int madiPlaces) {
    return w.liens.agreements().conclude(w.coordinator, new AgreementTerms("CEJ-2023-07", AgreementPeriod.year(2023),
        List.of(FunderShare.of(w.caf.id(), "33.33"), FunderShare.of(w.msa.id(), "33.33"),
            FunderShare.of(w.figeac.id(), "33.34")),
        List.of(AgreementLineTerms.atTariff(OfferCode.MADI, madiPlaces))));
  }

  /** An agreement of one funder paying the whole of one offer line, concluded by the coordinator. */
  FundingAgreement oneFunder(String reference, AgreementPeriod period, OrganisationId funder, AgreementLineTerms line) {
    return world.liens.agreements().conclude(world.coordinator,
        new AgreementTerms(reference, period, List.of(FunderShare.whole(funder)), List.of(line)));
  }

  @Test
  void seed003ACoFinancedMadiIsInvoicedToEachFunderForItsShareToTheCent() {
    FundingAgreement agreement = coFinanced(world, 2);
    assertThat(agreement.budget()).isEqualTo(Money.euros(4000));
    Accompaniment a = world.started(OfferCode.MADI, world.caf.id(), Optional.of(agreement.id()));
    assertThat(world.liens.agreements().get(world.coordinator, agreement.id()).remainingPlaces(OfferCode.MADI, SEPT_4))
        .isEqualTo(1);
    List<Invoice> drafts = world.liens.billing().prepare(world.coordinator, a.id());
    assertThat(drafts).extracting(Invoice::funder).containsExactly(world.caf.id(), world.msa.id(), world.figeac.id());
    assertThat(drafts).extracting(Invoice::total)
        .containsExactly(Money.parse("666.60"), Money.parse("666.60"), Money.parse("666.80"));
    assertThat(drafts).extracting(Invoice::share)
        .containsExactly(Percentage.of("33.33"), Percentage.of("33.33"), Percentage.of("33.34"));
    assertThat(drafts).allSatisfy(d -> assertThat(d.agreement().orElseThrow().reference()).isEqualTo("CEJ-2023-07"));
    List<Invoice> issued = drafts.stream().map(d -> world.liens.billing().issue(world.coordinator, d.id())).toList();
    assertThat(issued).extracting(i -> i.number().orElseThrow().sequence()).containsExactly(1L, 2L, 3L);
    FundingAgreement after = world.liens.agreements().get(world.coordinator, agreement.id());
    assertThat(after.billed()).isEqualTo(Money.euros(2000));
    assertThat(after.remainingBudget(SEPT_4)).isEqualTo(Money.euros(2000));
    assertThat(after.remainingBudget(SEPT_4.minusDays(1))).isEqualTo(Money.euros(4000));
    assertThat(world.liens.billing().ofAgreement(world.coordinator, agreement.id())).hasSize(3);
  }

  @Test
  void withNoPlaceLeftTheValidationIsRefusedAndNothingIsStored() {
    FundingAgreement agreement = coFinanced(world, 1);
    world.validated(OfferCode.MADI, world.caf.id(), Optional.of(agreement.id()));
    FundingAgreement full = world.liens.agreements().get(world.coordinator, agreement.id());
    Referral waiting = world.assessed(OfferCode.MADI, world.msa.id(), Optional.of(agreement.id()));
    int caseload = world.liens.caseload().all(world.coordinator).size();
    assertThat(codeOf(() -> world.liens.referrals().validate(world.coordinator, waiting.id(), List.of(world.educator))))
        .isEqualTo(ErrorCode.NO_PLACE_LEFT);
    assertThat(world.liens.referrals().get(world.coordinator, waiting.id()).status()).isEqualTo(ReferralStatus.ASSESSED);
    assertThat(world.liens.caseload().all(world.coordinator)).hasSize(caseload);
    assertThat(world.liens.agreements().get(world.coordinator, agreement.id())).isEqualTo(full);
    assertThat(world.liens.agreements().withPlacesLeft(world.coordinator, OfferCode.MADI, SEPT_4)).isEmpty();
  }

  @Test
  void underTheWaitlistPolicyTheValidationWaitsForAReleasedPlace() {
    MoneyWorld w = new MoneyWorld(SEPT_4, b -> b.waitlistPolicy(WaitlistPolicy.WAITLIST));
    FundingAgreement agreement = coFinanced(w, 1);
    Accompaniment first = w.started(OfferCode.MADI, w.caf.id(), Optional.of(agreement.id()));
    Accompaniment second = w.started(OfferCode.MADI, w.caf.id(), Optional.of(agreement.id()));
    assertThat(w.liens.agreements().get(w.coordinator, agreement.id()).isWaitlisted(second.id())).isTrue();
    assertThat(codeOf(() -> w.liens.billing().prepare(w.coordinator, second.id()))).isEqualTo(ErrorCode.NOT_BILLABLE);
    assertThat(codeOf(() -> w.liens.agreements().releasePlace(w.coordinator, agreement.id(), first.id())))
        .isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    w.liens.accompaniments().cancel(w.coordinator, first.id(), "La famille a renoncé", SEPT_4);
    FundingAgreement released = w.liens.agreements().releasePlace(w.coordinator, agreement.id(), first.id());
    assertThat(released.placeOf(second.id())).isPresent();
    assertThat(w.liens.billing().prepare(w.coordinator, second.id())).hasSize(3);
    assertThat(w.eventTypes()).contains("PlaceWaitlisted", "PlaceReleased", "PlaceTaken");
  }

  @Test
  void aDateOutsideTheAgreementsPeriodIsRefused() {
    FundingAgreement lastYear = oneFunder("CD30-2022", AgreementPeriod.year(2022), world.departement.id(),
        AgreementLineTerms.negotiated(OfferCode.MIP, 5, Money.euros(1750)));
    Referral referral = world.assessed(OfferCode.MIP, world.departement.id(), Optional.of(lastYear.id()));
    assertThat(codeOf(() -> world.liens.referrals().validate(world.coordinator, referral.id(), List.of(world.educator))))
        .isEqualTo(ErrorCode.OUTSIDE_AGREEMENT_PERIOD);
    assertThat(world.liens.agreements().get(world.coordinator, lastYear.id()).places()).isEmpty();
  }

  @Test
  void anOfferOrFunderOutsideTheAgreementIsRefused() {
    FundingAgreement agreement = coFinanced(world, 2);
    Referral mip = world.assessed(OfferCode.MIP, world.caf.id(), Optional.of(agreement.id()));
    assertThat(codeOf(() -> world.liens.referrals().validate(world.coordinator, mip.id(), List.of(world.educator))))
        .isEqualTo(ErrorCode.NOT_COVERED_BY_AGREEMENT);
    Referral otherFunder = world.assessed(OfferCode.MADI, world.departement.id(), Optional.of(agreement.id()));
    assertThat(codeOf(() -> world.liens.referrals().validate(world.coordinator, otherFunder.id(), List.of(world.educator))))
        .isEqualTo(ErrorCode.NOT_COVERED_BY_AGREEMENT);
  }

  @Test
  void badAgreementsAreRefusedWithStableCodes() {
    assertThat(codeOf(() -> world.liens.agreements().conclude(world.coordinator, new AgreementTerms("X",
        AgreementPeriod.year(2023), List.of(FunderShare.of(world.caf.id(), "50"), FunderShare.of(world.msa.id(), "49")),
        List.of(AgreementLineTerms.atTariff(OfferCode.MIP, 1)))))).isEqualTo(ErrorCode.SHARES_NOT_100_PERCENT);
    assertThat(world.liens.agreements().ofFunder(world.coordinator, world.caf.id())).isEmpty();
    assertThat(codeOf(() -> AgreementLineTerms.negotiated(OfferCode.MIP, 1, Money.ZERO))).isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThat(codeOf(() -> world.liens.agreements().conclude(world.coordinator, new AgreementTerms("X",
        AgreementPeriod.year(2023), List.of(FunderShare.whole(org.liens.organisation.OrganisationId.of(java.util.UUID.randomUUID()))),
        List.of(AgreementLineTerms.atTariff(OfferCode.MIP, 1)))))).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> world.assessed(OfferCode.MIP, world.caf.id(), Optional.of(AgreementId.of(java.util.UUID.randomUUID())))))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void theBudgetIsNeverExceededAndARefusedIssueGivesItsNumberBack() {
    FundingAgreement envelope = oneFunder("ARCS-2023", AgreementPeriod.year(2023), world.school.id(),
        AgreementLineTerms.negotiated(OfferCode.ARCS, 2, Money.euros(50)));
    Accompaniment a = world.started(OfferCode.ARCS, world.school.id(), Optional.of(envelope.id()));
    Accompaniment b = world.started(OfferCode.ARCS, world.school.id(), Optional.of(envelope.id()));
    for (Accompaniment x : List.of(a, b)) {
      world.liens.accompaniments().recordWorkshopSession(world.coordinator, x.id(), SEPT_4, world.educator, Duration.ofHours(1));
    }
    Invoice forA = world.liens.billing().prepare(world.coordinator, a.id()).get(0);
    Invoice forB = world.liens.billing().prepare(world.coordinator, b.id()).get(0);
    world.liens.billing().issue(world.coordinator, forA.id());
    assertThat(codeOf(() -> world.liens.billing().issue(world.coordinator, forB.id()))).isEqualTo(ErrorCode.BUDGET_EXCEEDED);
    NumberSeries series = new NumberSeries(MoneyWorld.SELLER.identity().siren(), "F", 2023);
    assertThat(world.storage.read(r -> r.invoiceNumberSequences().current(series)).orElseThrow().last()).isEqualTo(1);
    assertThat(world.liens.billing().get(world.coordinator, forB.id()).number()).isEmpty();
    assertThat(world.liens.agreements().get(world.coordinator, envelope.id()).billed()).isEqualTo(Money.euros(55));
    world.liens.accompaniments().recordWorkshopSession(world.coordinator, b.id(), SEPT_4, world.educator, Duration.ofHours(1));
    // while its draft waits, preparing again returns that draft; 45 € of budget are left: once it is discarded, both
    // sessions do not fit
    assertThat(world.liens.billing().prepare(world.coordinator, b.id())).extracting(Invoice::id)
        .containsExactly(forB.id());
    world.liens.billing().discard(world.coordinator, forB.id());
    assertThat(codeOf(() -> world.liens.billing().prepare(world.coordinator, b.id()))).isEqualTo(ErrorCode.BUDGET_EXCEEDED);
    assertThat(world.liens.billing().ofAccompaniment(world.coordinator, b.id())).extracting(Invoice::id)
        .containsExactly(forB.id());
    Accompaniment other = world.started(OfferCode.MIP);
    Invoice next = world.issueFirstPrepared(other);
    assertThat(next.number()).contains(new InvoiceNumber("F", 2023, 2));
  }

  @Test
  void aServicePerformedOutsideThePeriodIsNotInvoicedUnderTheAgreement() {
    FundingAgreement untilSeptember = oneFunder("ARCS-ETE",
        AgreementPeriod.ofClosed(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 10)), world.school.id(),
        AgreementLineTerms.negotiated(OfferCode.ARCS, 1, Money.euros(500)));
    Accompaniment a = world.started(OfferCode.ARCS, world.school.id(), Optional.of(untilSeptember.id()));
    world.clock.set(LocalDate.of(2023, 9, 12));
    world.liens.accompaniments().recordWorkshopSession(world.coordinator, a.id(), world.today(), world.educator,
        Duration.ofHours(1));
    assertThat(codeOf(() -> world.liens.billing().prepare(world.coordinator, a.id())))
        .isEqualTo(ErrorCode.OUTSIDE_AGREEMENT_PERIOD);
    assertThat(world.liens.billing().ofAccompaniment(world.coordinator, a.id())).isEmpty();
  }
}
