package org.liens.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.billing.InvoiceTest.SELLER;
import static org.liens.billing.InvoiceTest.TODAY;
import static org.liens.fixtures.Fixtures.codeOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.shared.ErrorCode;
import org.liens.fixtures.Fixtures;

class CreditNoteTest {
  private long next = 1;

  Invoice issued(List<BillableLine> lines) {
    return InvoiceTest.draft(lines, List.of(InvoiceTest.payer("100")), SELLER).get(0)
        .issue(new InvoiceNumber("F", 2023, 7), TODAY).after();
  }

  CreditNote credit(Invoice invoice, List<CreditNote> previous, Money amount) {
    return CreditNote.issue(CreditNoteId.of(Fixtures.uuid()), invoice, previous, amount, "Fin anticipée",
        new InvoiceNumber("AV", 2023, next++), TODAY.plusDays(20)).after();
  }

  static BillableLine session(String minutes, VatRegime vat) {
    return new BillableLine(LineKind.INDIVIDUAL_SESSION, "Atelier " + minutes, OfferCode.ARCS, Optional.of(Fixtures.uuid()),
        TODAY, Quantity.fraction(Long.parseLong(minutes), 60, QuantityUnit.HOUR), Money.euros(55), vat);
  }

  @Test
  void aCreditNoteCarriesTheInvoicesNumberAndDateAndMirrorsAFullCredit() {
    Invoice invoice = issued(List.of(InvoiceTest.module(Money.euros(2000), VatRegime.taxed(VatRate.STANDARD_20))));
    CreditNote note = credit(invoice, List.of(), invoice.total());
    assertThat(note.invoiceNumber()).isEqualTo(new InvoiceNumber("F", 2023, 7));
    assertThat(note.invoiceIssuedOn()).isEqualTo(TODAY);
    assertThat(note.lines()).extracting(CreditLine::breakdown).containsExactly(invoice.lines().get(0).breakdown());
    assertThat(note.mentions()).isEqualTo(invoice.mentions());
    assertThat(note.client()).isEqualTo(invoice.client());
  }

  @Test
  void creditsNeverExceedTheInvoiceNorAnyLine() {
    List<BillableLine> lines = List.of(session("60", VatRegime.exempt()), session("1", VatRegime.exempt()),
        session("45", VatRegime.taxed(VatRate.STANDARD_20)));
    Invoice invoice = issued(lines);
    List<CreditNote> notes = new ArrayList<>();
    for (String amount : List.of("10.00", "0.01", "0.01", "30.00", "0.02")) {
      notes.add(credit(invoice, notes, Money.parse(amount)));
    }
    Money credited = Money.sum(notes.stream().map(CreditNote::total).toList());
    Money left = invoice.total().minus(credited);
    assertThat(codeOf(() -> credit(invoice, notes, left.plus(Money.ofCents(1))))).isEqualTo(ErrorCode.CREDIT_EXCEEDS_INVOICE);
    notes.add(credit(invoice, notes, left));
    for (int i = 0; i < invoice.lines().size(); i++) {
      int index = i;
      Money onLine = Money.sum(notes.stream().flatMap(n -> n.lines().stream()).filter(l -> l.invoiceLine() == index)
          .map(CreditLine::amount).toList());
      assertThat(onLine).isEqualTo(invoice.lines().get(i).amount());
    }
    notes.forEach(n -> assertThat(n.totalNet().plus(n.totalVat())).isEqualTo(n.total()));
  }

  @Test
  void onlyAnIssuedInvoiceIsCreditedByAPositiveAmount() {
    Invoice draft = InvoiceTest.draft(List.of(InvoiceTest.module(Money.euros(1800), VatRegime.exempt())),
        List.of(InvoiceTest.payer("100")), SELLER).get(0);
    assertThat(codeOf(() -> credit(draft, List.of(), Money.euros(1)))).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    Invoice invoice = draft.issue(new InvoiceNumber("F", 2023, 1), TODAY).after();
    assertThat(codeOf(() -> credit(invoice, List.of(), Money.ZERO))).isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThat(codeOf(() -> CreditNote.issue(CreditNoteId.of(Fixtures.uuid()), invoice, List.of(), Money.euros(1), "x",
        new InvoiceNumber("AV", 2023, 1), LocalDate.of(2023, 1, 1)))).isEqualTo(ErrorCode.INVALID_VALUE);
  }
}
