package org.liens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.staff.StaffId;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.BillingPolicy;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.EarlyTermination;
import org.liens.billing.Invoice;
import org.liens.billing.Seller;
import org.liens.catalog.OfferCode;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.pricing.Money;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.Staffing;
import org.liens.storage.tck.TestClock;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteRequest;

/** The README's money sample, compiled and run; the README must show exactly this code. */
class ReadmeMoneySampleTest {

  @Test
  void the_money_sample_runs() {
    TestClock clock = new TestClock(LocalDate.of(2023, 9, 4));
    Actor coordinator = Actor.of("coordinator-1", Role.COORDINATOR);
    StaffId educator = StaffId.of(UUID.randomUUID());
    String mentionChosenByYourAccountant = "Exonération de TVA : mention fournie par votre comptable";
    Liens liens = Liens.builder().storage(new InMemoryStorage()).clock(clock)
        .seller(Seller.of("Au bonheur des liens", PostalAddress.of("1 place aux Herbes", "30700", "Uzès"), "812345676")
            .withVatExemptionMention(mentionChosenByYourAccountant))
        .billingPolicy(BillingPolicy.standard().withEarlyTermination(EarlyTermination.PRORATA_BY_MONTH_STARTED))
        .build();
    Staffing.register(liens, coordinator, educator);
    PostalAddress address = PostalAddress.of("2 bd Pasteur", "46100", "Figeac");
    Organisation caf = liens.organisations().register(coordinator, "CAF du Lot", OrganisationKind.CAF,
        "775592413", address);
    Organisation msa = liens.organisations().register(coordinator, "MSA", OrganisationKind.MSA,
        "776960916", address);
    Organisation figeac = liens.organisations().register(coordinator, "Grand-Figeac", OrganisationKind.LOCAL_AUTHORITY,
        "200067361", address);
    Organisation college = liens.organisations().register(coordinator, "Collège Jean Moulin", OrganisationKind.SCHOOL,
        "193000015", address);
    Parent anne = Parent.named("Anne", "Martin");
    Household family = liens.households().register(coordinator,
        HouseholdProfile.builder().parent(anne).singleParent(true).build());
    // tag::money[]
    // Seed 003: a contract co-financed by the CAF, the MSA and the community of communes; 10 MADI places
    FundingAgreement cej = liens.agreements().conclude(coordinator, new AgreementTerms("CEJ-2023",
        AgreementPeriod.year(2023),
        List.of(FunderShare.of(caf.id(), "33.33"), FunderShare.of(msa.id(), "33.33"), FunderShare.of(figeac.id(), "33.34")),
        List.of(AgreementLineTerms.atTariff(OfferCode.MADI, 10))));

    Referral referral = liens.referrals().receive(coordinator, ReferralRequest.of(family.id(), OfferCode.MADI,
            ReferralSource.familyRequest(), caf.id(), LocalDate.of(2023, 9, 4), ReferralReason.ACUTE_CRISIS)
        .underAgreement(cej.id()));
    liens.referrals().recordConsent(coordinator, referral.id(), Consent.of(LocalDate.of(2023, 9, 4), anne.id()));
    liens.referrals().assess(coordinator, referral.id(), new NeedsAssessment(LocalDate.of(2023, 9, 4), "…"));
    Accompaniment madi = liens.referrals().validate(coordinator, referral.id(), List.of(educator)); // takes a place
    liens.accompaniments().start(coordinator, madi.id(), LocalDate.of(2023, 9, 4));          // freezes 2000 €

    // once the first appointment took place: one draft per funder, 666.60 + 666.60 + 666.80 €
    liens.billing().prepare(coordinator, madi.id());
    // issued together: F-2023-00001, -00002, -00003, the agreement charged (and saved) once
    List<Invoice> invoices = liens.billing().issueAll(coordinator, BillingSubject.of(madi.id()));

    // closed early, 3 months started of 6: half of each invoice is credited back (AV-2023-00001…)
    clock.set(LocalDate.of(2023, 11, 10));
    liens.accompaniments().writeActionReport(coordinator, madi.id(), LocalDate.of(2023, 11, 10), "Relais pris.");
    liens.accompaniments().close(coordinator, madi.id(), LocalDate.of(2023, 11, 10));
    List<CreditNote> notes = liens.billing().settle(coordinator, madi.id(), "Fin anticipée");

    // ARCS group workshops are quoted: 6 children, six one-hour weekly sessions = 900 €
    Quote quote = liens.workshops().propose(coordinator, QuoteRequest.model(college.id(), 6, LocalDate.of(2023, 12, 1)));
    // end::money[]
    assertThat(invoices).extracting(Invoice::total)
        .containsExactly(Money.parse("666.60"), Money.parse("666.60"), Money.parse("666.80"));
    assertThat(invoices).extracting(i -> i.number().orElseThrow().toString())
        .containsExactly("F-2023-00001", "F-2023-00002", "F-2023-00003");
    assertThat(notes).extracting(CreditNote::total)
        .containsExactlyInAnyOrder(Money.parse("333.30"), Money.parse("333.30"), Money.parse("333.40"));
    assertThat(notes).extracting(n -> n.number().toString())
        .containsExactlyInAnyOrder("AV-2023-00001", "AV-2023-00002", "AV-2023-00003");
    assertThat(quote.total()).isEqualTo(Money.euros(900));
  }

  @Test
  void the_readme_shows_exactly_the_money_sample_that_runs() throws IOException {
    ReadmeSamples.assertReadmeShows(getClass(), "money");
  }
}
