package org.liens.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.liens.billing.BillableLine;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceLine;
import org.liens.billing.LineKind;
import org.liens.billing.Payer;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.shared.ErrorCode;
import org.w3c.dom.Element;

/**
 * Issue 15: for random issued invoices (lines of any unit, price, quantity and VAT regime, one to three funders),
 * the XML totals are the invoice's to the cent and the XML parses back to the same lines; an invoice whose VAT no
 * EN 16931 document can carry (BR-CO-17) is refused with its code, never exported with other amounts.
 */
class EInvoiceProperties {
  private static final EInvoicing EINVOICING = EInvoicing.of(EInvoiceSettings.standard());
  private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

  @Property(tries = 60)
  void theXmlCarriesTheIssuedTotalsAndLines(@ForAll("lines") List<BillableLine> lines,
      @ForAll @IntRange(min = 1, max = 3) int funders) throws Exception {
    List<Payer> payers = switch (funders) {
      case 1 -> List.of(EInvoiceCases.payer("CAF", "100"));
      case 2 -> List.of(EInvoiceCases.payer("CAF", "60"), EInvoiceCases.payer("MSA", "40"));
      default -> List.of(EInvoiceCases.payer("CAF", "33.33"), EInvoiceCases.payer("MSA", "33.33"),
          EInvoiceCases.payer("Grand-Figeac", "33.34"));
    };
    for (Invoice invoice : EInvoiceCases.issue(EInvoiceCases.accompaniment(), lines, payers, 1, false)) {
      boolean representable = invoice.vatTotals().stream()
          .allMatch(t -> t.breakdown().vatIsRoundedNetTimesRate(t.regime()));
      if (!representable) {
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> EINVOICING.cii(invoice),
            EInvoiceException.class).code()).isEqualTo(ErrorCode.EINVOICE_AMOUNTS_NOT_REPRESENTABLE);
        continue;
      }
      CiiTotals cii = CiiTotals.of(EINVOICING.cii(invoice));
      assertThat(cii.net()).isEqualByComparingTo(invoice.totalNet().toBigDecimal());
      assertThat(cii.vat()).isEqualByComparingTo(invoice.totalVat().toBigDecimal());
      assertThat(cii.gross()).isEqualByComparingTo(invoice.total().toBigDecimal());
      List<CiiTotals.Line> expected = new ArrayList<>();
      for (InvoiceLine line : invoice.lines()) {
        expected.add(new CiiTotals.Line(line.description(), line.quantity().toDecimal(4),
            line.breakdown().net().toBigDecimal()));
      }
      assertThat(cii.lines()).usingElementComparator((a, b) -> a.name().equals(b.name())
          && a.quantity().compareTo(b.quantity()) == 0 && a.net().compareTo(b.net()) == 0 ? 0 : 1)
          .containsExactlyElementsOf(expected);

      Element ubl = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(EINVOICING.ubl(invoice))).getDocumentElement();
      assertThat(amount(ubl, "TaxExclusiveAmount")).isEqualByComparingTo(invoice.totalNet().toBigDecimal());
      assertThat(amount(ubl, "TaxInclusiveAmount")).isEqualByComparingTo(invoice.total().toBigDecimal());
      assertThat(amount(ubl, "PayableAmount")).isEqualByComparingTo(invoice.total().toBigDecimal());
    }
  }

  private static BigDecimal amount(Element root, String name) {
    return new BigDecimal(root.getElementsByTagNameNS(CBC, name).item(0).getTextContent().strip());
  }

  @Provide
  Arbitrary<List<BillableLine>> lines() {
    Arbitrary<VatRegime> vat = Arbitraries.of(VatRegime.exempt(), VatRegime.taxed(VatRate.REDUCED_5_5),
        VatRegime.taxed(VatRate.INTERMEDIATE_10), VatRegime.taxed(VatRate.STANDARD_20));
    Arbitrary<QuantityUnit> unit = Arbitraries.of(QuantityUnit.class);
    Arbitrary<Quantity> quantity = Combinators.combine(Arbitraries.integers().between(1, 240),
        Arbitraries.of(1, 2, 3, 4, 60), unit).as((n, d, u) -> Quantity.fraction(n, d, u));
    Arbitrary<Money> price = Arbitraries.longs().between(1, 300_000).map(Money::ofCents);
    Arbitrary<BillableLine> line = Combinators.combine(quantity, price, vat, Arbitraries.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA, OfferCode.ARCS))
        .as((q, p, v, o) -> new BillableLine(LineKind.INDIVIDUAL_SESSION, "Prestation " + o, o,
            Optional.of(UUID.randomUUID()), EInvoiceCases.DAY, q, p, v));
    return line.list().ofMinSize(1).ofMaxSize(6);
  }
}
