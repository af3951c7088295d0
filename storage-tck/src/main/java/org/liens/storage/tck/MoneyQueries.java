package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.AgreementRef;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.catalog.OfferCode;
import org.liens.storage.Storage;
import org.liens.workshop.Quote;

/** Every money query of the ports, checked against a brute-force filter of a {@link Ledger} ({@link MoneyContract}). */
final class MoneyQueries {
  private MoneyQueries() {}

  static void assertMatchBruteForce(Storage storage, Ledger ledger) {
    List<Invoice> invoices = ledger.invoices;
    List<FundingAgreement> agreements = List.of(ledger.cofinanced, ledger.single);
    storage.read(r -> {
      for (Accompaniment a : ledger.accompaniments) {
        sameDrafts(r.invoices().ofAccompaniment(a.id()),
            invoices.stream().filter(i -> i.subject().equals(new BillingSubject.OfAccompaniment(a.id()))).toList());
      }
      if (ledger.series != null) {
        sameDrafts(r.invoices().ofWorkshopSeries(ledger.series.id()), invoices.stream()
            .filter(i -> i.subject().equals(new BillingSubject.OfWorkshopSeries(ledger.series.id()))).toList());
      }
      for (FundingAgreement agreement : agreements) {
        sameDrafts(r.invoices().ofAgreement(agreement.id()), invoices.stream()
            .filter(i -> i.agreement().map(AgreementRef::id).equals(Optional.of(agreement.id()))).toList());
      }
      for (LocalDate[] range : List.of(
          new LocalDate[] {Ledger.START, Ledger.START}, new LocalDate[] {Ledger.START, LocalDate.of(2023, 12, 31)},
          new LocalDate[] {LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)},
          new LocalDate[] {LocalDate.of(2024, 1, 9), LocalDate.of(2024, 12, 31)})) {
        List<Invoice> issued = r.invoices().issuedBetween(range[0], range[1]);
        assertThat(issued).containsExactlyElementsOf(invoices.stream()
            .filter(i -> i.issuedOn().filter(d -> !d.isBefore(range[0]) && !d.isAfter(range[1])).isPresent())
            .sorted(Comparator.comparing(i -> i.number().orElseThrow())).toList());
        List<CreditNote> notes = r.creditNotes().issuedBetween(range[0], range[1]);
        assertThat(notes).containsExactlyElementsOf(ledger.creditNotes.stream()
            .filter(c -> !c.issuedOn().isBefore(range[0]) && !c.issuedOn().isAfter(range[1]))
            .sorted(Comparator.comparing(CreditNote::number)).toList());
      }
      for (Invoice invoice : invoices) {
        invoice.number().ifPresent(n -> assertThat(r.invoices().findByNumber(n)).contains(invoice));
        assertThat(r.creditNotes().ofInvoice(invoice.id())).containsExactlyInAnyOrderElementsOf(
            ledger.creditNotes.stream().filter(c -> c.invoice().equals(invoice.id())).toList());
      }
      for (BillingSubject subject : invoices.stream().map(Invoice::subject).distinct().toList()) {
        assertThat(r.creditNotes().ofSubject(subject)).as("credit notes of a subject, by number")
            .containsExactlyElementsOf(ledger.creditNotes.stream().filter(c -> c.subject().equals(subject))
                .sorted(Comparator.comparing(CreditNote::number)).toList());
      }
      for (CreditNote note : ledger.creditNotes) {
        assertThat(r.creditNotes().findByNumber(note.number())).contains(note);
        assertThat(r.invoices().findByNumber(note.number())).isEmpty();
      }
      for (OfferCode offer : List.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA, OfferCode.ARCS)) {
        for (LocalDate on : List.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 7, 1), LocalDate.of(2024, 3, 1))) {
          assertThat(r.fundingAgreements().withPlacesLeft(offer, on)).containsExactlyInAnyOrderElementsOf(
              agreements.stream().filter(a -> a.period().contains(on) && a.hasPlaceLeft(offer)).toList());
        }
      }
      for (var funder : List.of(ledger.caf, ledger.msa, ledger.figeac, ledger.departement, ledger.school)) {
        assertThat(r.fundingAgreements().ofFunder(funder.id())).containsExactlyInAnyOrderElementsOf(
            agreements.stream().filter(a -> a.share(funder.id()).isPresent()).toList());
        assertThat(r.quotes().ofClient(funder.id())).containsExactlyInAnyOrderElementsOf(
            ledger.quotes.stream().filter(q -> q.client().equals(funder.id())).toList());
      }
      for (Quote quote : ledger.quotes) {
        assertThat(r.workshopSeries().ofQuote(quote.id()).map(s -> s.id())).isEqualTo(quote.series());
      }
      return null;
    });
  }

  private static void sameDrafts(List<Invoice> actual, List<Invoice> expected) {
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(actual).extracting(Invoice::draftedOn).isSorted();
  }
}
