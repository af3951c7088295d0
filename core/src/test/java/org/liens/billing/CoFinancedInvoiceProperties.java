package org.liens.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Shares;
import org.liens.pricing.Money;
import org.liens.pricing.Percentage;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;

class CoFinancedInvoiceProperties {

  @Provide
  Arbitrary<List<BillableLine>> lines() {
    Arbitrary<VatRegime> regime = Arbitraries.of(VatRegime.exempt(), VatRegime.taxed(VatRate.REDUCED_5_5),
        VatRegime.taxed(VatRate.INTERMEDIATE_10), VatRegime.taxed(VatRate.STANDARD_20));
    Arbitrary<BillableLine> line = Combinators.combine(
            Arbitraries.longs().between(1, 500), Arbitraries.longs().between(1, 60),
            Arbitraries.longs().between(1, 300_000), regime)
        .as((n, d, price, vat) -> new BillableLine(LineKind.MODULE, "Service", OfferCode.MIP, Optional.empty(),
            InvoiceTest.TODAY, Quantity.fraction(n, d, QuantityUnit.MODULE), Money.ofCents(price), vat));
    return line.list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<String>> shares() {
    return Shares.addingUpToHundred(4).map(shares -> shares.stream().map(p -> p.value().toPlainString()).toList());
  }

  @Property
  @Label("Co-financed invoices: for every line the funders' parts add up to its amount; every total is HT + TVA = TTC")
  void fundersPartsAddUpLineByLine(@ForAll("lines") List<BillableLine> lines, @ForAll("shares") List<String> shares) {
    List<Payer> payers = shares.stream().map(InvoiceTest::payer).toList();
    List<Invoice> invoices = InvoiceTest.draft(lines, payers, InvoiceTest.SELLER);
    for (int i = 0; i < lines.size(); i++) {
      int index = i;
      Money parts = Money.sum(invoices.stream().map(inv -> inv.lines().get(index).amount()).toList());
      assertThat(parts).isEqualTo(lines.get(i).gross());
    }
    Money total = Money.sum(lines.stream().map(BillableLine::gross).toList());
    assertThat(Money.sum(invoices.stream().map(Invoice::total).toList())).isEqualTo(total);
    for (Invoice invoice : invoices) {
      assertThat(invoice.totalNet().plus(invoice.totalVat())).isEqualTo(invoice.total());
      for (VatTotal t : invoice.vatTotals()) {
        assertThat(t.net().plus(t.vat())).isEqualTo(t.gross());
      }
      assertThat(Money.sum(invoice.vatTotals().stream().map(VatTotal::gross).toList())).isEqualTo(invoice.total());
      assertThat(invoice.share()).isIn(shares.stream().map(Percentage::of).toList());
    }
    Statistics.label("invoices per service").collect(invoices.size() == shares.size() ? "one per funder" : "a funder owed nothing");
  }
}
