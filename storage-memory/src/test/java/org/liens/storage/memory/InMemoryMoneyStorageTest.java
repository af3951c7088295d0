package org.liens.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.storage.tck.Refusals.codeOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.AgreementId;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.AgreementRef;
import org.liens.billing.BillingPolicy;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.NumberSeries;
import org.liens.billing.NumberingScheme;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.shared.ErrorCode;

class InMemoryMoneyStorageTest {
  static final LocalDate DEC_28 = LocalDate.of(2023, 12, 28);
  final MoneyWorld world = new MoneyWorld(DEC_28);

  @Test
  void anInvoiceUnderAnAgreementThatDoesNotExistIsADanglingReference() {
    Accompaniment a = world.started(OfferCode.MIP);
    Invoice draft = world.liens.billing().prepare(world.coordinator, a.id()).get(0);
    Invoice orphan = Invoice.builder().from(draft).id(org.liens.billing.InvoiceId.of(java.util.UUID.randomUUID()))
        .version(0).agreement(new AgreementRef(AgreementId.of(java.util.UUID.randomUUID()), "NONE")).build();
    assertThat(codeOf(() -> world.storage.inTransaction(r -> r.invoices().save(orphan))))
        .isEqualTo(ErrorCode.DANGLING_REFERENCE);
    assertThat(world.liens.billing().ofAccompaniment(world.coordinator, a.id())).containsExactly(draft);
  }

  @Test
  void aNumberBelongsToOneDocumentEvenAcrossInvoicesAndCreditNotes() {
    Accompaniment a = world.started(OfferCode.MIP);
    Accompaniment b = world.started(OfferCode.MADI);
    Invoice first = world.liens.billing().issue(world.coordinator, world.liens.billing().prepare(world.coordinator, a.id()).get(0).id());
    Invoice draft = world.liens.billing().prepare(world.coordinator, b.id()).get(0);
    Invoice sameNumber = draft.issue(first.number().orElseThrow(), DEC_28).after();
    assertThat(codeOf(() -> world.storage.inTransaction(r -> r.invoices().save(sameNumber)))).isEqualTo(ErrorCode.DUPLICATE_ID);
    Optional<Invoice> found = world.storage.read(r -> r.invoices().findByNumber(first.number().orElseThrow()));
    assertThat(found).contains(first);
  }

  @Test
  void sharedSeriesNumberInvoicesAndCreditNotesTogetherAndRestartEachYear() {
    MoneyWorld shared = new MoneyWorld(DEC_28,
        b -> b.billingPolicy(BillingPolicy.standard().withNumbering(NumberingScheme.shared("FA"))));
    Accompaniment a = shared.started(OfferCode.MIP);
    Invoice invoice = shared.liens.billing().issue(shared.coordinator,
        shared.liens.billing().prepare(shared.coordinator, a.id()).get(0).id());
    var note = shared.liens.billing().credit(shared.coordinator, invoice.id(), Money.euros(10), "Correction");
    assertThat(invoice.number()).contains(new InvoiceNumber("FA", 2023, 1));
    assertThat(note.number()).isEqualTo(new InvoiceNumber("FA", 2023, 2));
    shared.clock.set(LocalDate.of(2024, 1, 2));
    var january = shared.liens.billing().credit(shared.coordinator, invoice.id(), Money.euros(10), "Correction");
    assertThat(january.number()).isEqualTo(new InvoiceNumber("FA", 2024, 1));
    assertThat(january.invoiceNumber()).isEqualTo(new InvoiceNumber("FA", 2023, 1));
    assertThat(shared.storage.read(r -> r.invoiceNumberSequences().current(
        new NumberSeries(MoneyWorld.SELLER.identity().siren(), "FA", 2023))).orElseThrow().last()).isEqualTo(2);
    assertThat(shared.liens.billing().creditNotesOf(shared.coordinator, invoice.id())).hasSize(2);
    assertThat(shared.liens.billing().creditNotesIssuedBetween(shared.coordinator, DEC_28, DEC_28)).containsExactly(note);
  }

  @Test
  void agreementsWithPlacesLeftAreFoundByOfferAndDate() {
    FundingAgreement year2023 = conclude("A-2023", AgreementPeriod.year(2023), 1);
    FundingAgreement year2024 = conclude("A-2024", AgreementPeriod.year(2024), 2);
    assertThat(world.liens.agreements().withPlacesLeft(world.coordinator, OfferCode.MIP, DEC_28))
        .extracting(FundingAgreement::reference).containsExactly("A-2023");
    world.validated(OfferCode.MIP, world.caf.id(), Optional.of(year2023.id()));
    assertThat(world.liens.agreements().withPlacesLeft(world.coordinator, OfferCode.MIP, DEC_28)).isEmpty();
    assertThat(world.liens.agreements().withPlacesLeft(world.coordinator, OfferCode.MIP, LocalDate.of(2024, 3, 1)))
        .extracting(FundingAgreement::id).containsExactly(year2024.id());
    assertThat(world.liens.agreements().withPlacesLeft(world.coordinator, OfferCode.MADI, DEC_28)).isEmpty();
    assertThat(world.liens.agreements().ofFunder(world.coordinator, world.msa.id()))
        .extracting(FundingAgreement::reference).containsExactly("A-2023", "A-2024");
  }

  @Test
  void aStaleAgreementIsNeverSavedOverANewerOne() {
    FundingAgreement agreement = conclude("A-2023", AgreementPeriod.year(2023), 3);
    world.validated(OfferCode.MIP, world.caf.id(), Optional.of(agreement.id()));
    FundingAgreement stale = agreement.charge(java.util.UUID.randomUUID(), DEC_28, Money.euros(1)).after();
    assertThat(codeOf(() -> world.storage.inTransaction(r -> r.fundingAgreements().save(stale))))
        .isEqualTo(ErrorCode.CONCURRENT_UPDATE);
    assertThat(world.liens.agreements().get(world.coordinator, agreement.id()).billed()).isEqualTo(Money.ZERO);
  }

  private FundingAgreement conclude(String reference, AgreementPeriod period, int places) {
    return world.liens.agreements().conclude(world.coordinator, new AgreementTerms(reference, period,
        List.of(FunderShare.of(world.caf.id(), "60"), FunderShare.of(world.msa.id(), "40")),
        List.of(AgreementLineTerms.negotiated(OfferCode.MIP, places, Money.euros(1800)))));
  }
}
