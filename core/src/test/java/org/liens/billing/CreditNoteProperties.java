package org.liens.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.billing.InvoiceTest.SELLER;
import static org.liens.billing.InvoiceTest.TODAY;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.liens.pricing.Money;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.fixtures.Fixtures;

class CreditNoteProperties {

  @Provide
  Arbitrary<VatRegime> regimes() {
    return Arbitraries.of(VatRegime.exempt(), VatRegime.taxed(VatRate.REDUCED_5_5), VatRegime.taxed(VatRate.STANDARD_20),
        VatRegime.taxed(VatRate.of("10")));
  }

  @Property
  @Label("Credits reverse exactly what the invoice collected: once credited in full, credited HT and TVA equal the invoice's")
  void credits_reverse_the_collected_vat(
      @ForAll @IntRange(min = 1, max = 500_000) int cents, @ForAll("regimes") VatRegime regime,
      @ForAll @Size(max = 6) List<@IntRange(min = 1, max = 100) Integer> percents) {
    Invoice invoice = InvoiceTest.draft(List.of(InvoiceTest.module(Money.ofCents(cents), regime)),
            List.of(InvoiceTest.payer("100")), SELLER).get(0)
        .issue(new InvoiceNumber("F", 2023, 1), TODAY).after();
    List<CreditNote> notes = new ArrayList<>();
    long sequence = 1;
    for (int percent : percents) {
      Money left = invoice.total().minus(Money.sum(notes.stream().map(CreditNote::total).toList()));
      Money part = Money.ofCents(left.cents() * percent / 100);
      if (part.isPositive()) {
        notes.add(issue(invoice, notes, part, sequence++));
      }
    }
    Money left = invoice.total().minus(Money.sum(notes.stream().map(CreditNote::total).toList()));
    if (left.isPositive()) {
      notes.add(issue(invoice, notes, left, sequence));
    }
    assertThat(Money.sum(notes.stream().map(CreditNote::totalNet).toList())).isEqualTo(invoice.totalNet());
    assertThat(Money.sum(notes.stream().map(CreditNote::totalVat).toList())).isEqualTo(invoice.totalVat());
    assertThat(notes).allSatisfy(note -> note.lines().forEach(line -> {
      assertThat(line.breakdown().net().plus(line.breakdown().vat())).isEqualTo(line.amount());
      assertThat(line.breakdown().vat().isNegative()).isFalse();
    }));
  }

  private static CreditNote issue(Invoice invoice, List<CreditNote> previous, Money amount, long sequence) {
    return CreditNote.issue(CreditNoteId.of(Fixtures.uuid()), invoice, previous, amount, "Correction",
        new InvoiceNumber("AV", 2023, sequence), TODAY.plusDays(1)).after();
  }
}
