package org.liens.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.codeOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.liens.agreement.AgreementId;
import org.liens.catalog.OfferCode;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.pricing.Percentage;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.shared.ErrorCode;
import org.liens.fixtures.Fixtures;

class InvoiceTest {
  static final LocalDate TODAY = LocalDate.of(2023, 9, 4);
  static final Seller SELLER = Seller.of("Au bonheur des liens", Fixtures.ADDRESS, "123456782")
      .withVatExemptionMention("Exemption mention configured by the host")
      .withLegalMentions(List.of("Late-payment mention configured by the host"));

  static Payer payer(String share) {
    OrganisationId id = Fixtures.organisation();
    return new Payer(id, new Party("Funder " + share, Fixtures.ADDRESS, "987654324"), Percentage.of(share));
  }

  static BillableLine module(Money price, VatRegime vat) {
    return new BillableLine(LineKind.MODULE, "Module d'Accompagnement à Domicile Intensif (MADI)", OfferCode.MADI,
        Optional.empty(), TODAY, Quantity.of(1, QuantityUnit.MODULE), price, vat);
  }

  static List<Invoice> draft(List<BillableLine> lines, List<Payer> payers, Seller seller) {
    return Invoice.draft(() -> InvoiceId.of(Fixtures.uuid()), BillingSubject.of(
            org.liens.accompaniment.AccompanimentId.of(Fixtures.uuid())), lines, payers, seller,
        new AgreementRef(AgreementId.of(Fixtures.uuid()), "CEJ-2023"), TODAY).stream()
        .map(c -> c.after()).toList();
  }

  @Test
  void aCoFinancedModuleGivesOneInvoicePerFunderAddingUpExactly() {
    List<Invoice> invoices = draft(List.of(module(Money.euros(2000), VatRegime.exempt())),
        List.of(payer("33.33"), payer("33.33"), payer("33.34")), SELLER);
    assertThat(invoices).extracting(Invoice::total)
        .containsExactly(Money.parse("666.60"), Money.parse("666.60"), Money.parse("666.80"));
    assertThat(Money.sum(invoices.stream().map(Invoice::total).toList())).isEqualTo(Money.euros(2000));
    Invoice caf = invoices.get(0);
    assertThat(caf.status()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(caf.lines().get(0).gross()).isEqualTo(Money.euros(2000));
    assertThat(caf.lines().get(0).share()).isEqualTo(Percentage.of("33.33"));
    assertThat(caf.agreement().orElseThrow().reference()).isEqualTo("CEJ-2023");
    assertThat(caf.mentions()).containsExactly("Exemption mention configured by the host",
        "Late-payment mention configured by the host");
    assertThat(caf.totalVat()).isEqualTo(Money.ZERO);
  }

  @Test
  void aFunderWhosePartIsZeroGetsNoInvoice() {
    BillableLine cent = new BillableLine(LineKind.TRAVEL, "Déplacements", OfferCode.ARCS, Optional.empty(), TODAY,
        Quantity.of(1, QuantityUnit.TRIP), Money.ofCents(1), VatRegime.exempt());
    assertThat(draft(List.of(cent), List.of(payer("33.33"), payer("33.33"), payer("33.34")), SELLER))
        .singleElement().extracting(Invoice::total).isEqualTo(Money.ofCents(1));
  }

  @Test
  void taxedLinesAreBrokenDownPerRegime() {
    BillableLine taxed = module(Money.euros(1800), VatRegime.taxed(VatRate.STANDARD_20));
    BillableLine reduced = new BillableLine(LineKind.INDIVIDUAL_SESSION, "Atelier", OfferCode.ARCS, Optional.empty(), TODAY,
        Quantity.fraction(50, 60, QuantityUnit.HOUR), Money.euros(55), VatRegime.taxed(VatRate.REDUCED_5_5));
    Invoice invoice = draft(List.of(taxed, reduced), List.of(payer("100")), SELLER).get(0);
    assertThat(invoice.total()).isEqualTo(Money.parse("1845.83"));
    assertThat(invoice.vatTotals()).extracting(VatTotal::net).containsExactly(Money.euros(1500), Money.parse("43.44"));
    assertThat(invoice.vatTotals()).extracting(VatTotal::vat).containsExactly(Money.euros(300), Money.parse("2.39"));
    assertThat(invoice.totalNet().plus(invoice.totalVat())).isEqualTo(invoice.total());
    assertThat(invoice.mentions()).containsExactly("Late-payment mention configured by the host");
    assertThat(invoice.lines().get(0).unitNet()).isEqualTo(Money.euros(1500));
  }

  @Test
  void anExemptLineNeedsAConfiguredMention() {
    Seller silent = Seller.of("Au bonheur des liens", Fixtures.ADDRESS, "123456782");
    assertThat(codeOf(() -> draft(List.of(module(Money.euros(2000), VatRegime.exempt())), List.of(payer("100")), silent)))
        .isEqualTo(ErrorCode.MISSING_INVOICE_MENTION);
    assertThat(draft(List.of(module(Money.euros(2000), VatRegime.exempt("From the tariff file"))), List.of(payer("100")),
        silent).get(0).mentions()).containsExactly("From the tariff file");
  }

  @Test
  void issuingNumbersAndDatesTheInvoiceOnceOnly() {
    Invoice draft = draft(List.of(module(Money.euros(2000), VatRegime.exempt())), List.of(payer("100")), SELLER).get(0);
    InvoiceNumber number = new InvoiceNumber("F", 2023, 1);
    var issued = draft.issue(number, TODAY.plusDays(1));
    Invoice invoice = issued.after();
    assertThat(invoice.number()).contains(number);
    assertThat(invoice.dueOn()).contains(TODAY.plusDays(31));
    assertThat(issued.events()).extracting(e -> e.type()).containsExactly("InvoiceIssued");
    assertThat(codeOf(() -> invoice.issue(new InvoiceNumber("F", 2023, 2), TODAY.plusDays(1))))
        .isEqualTo(ErrorCode.ALREADY_ISSUED);
    assertThat(codeOf(() -> invoice.discard(TODAY.plusDays(1)))).isEqualTo(ErrorCode.ALREADY_ISSUED);
    assertThat(codeOf(() -> draft.issue(new InvoiceNumber("F", 2024, 1), TODAY))).isEqualTo(ErrorCode.INVALID_VALUE);
    Invoice discarded = draft.discard(TODAY).after();
    assertThat(codeOf(() -> discarded.issue(number, TODAY))).isEqualTo(ErrorCode.ALREADY_ISSUED);
  }

  @Test
  void invoiceNumbersRoundTripAndFollowTheirSeries() {
    assertThat(new InvoiceNumber("F", 2023, 42).toString()).isEqualTo("F-2023-00042");
    assertThat(InvoiceNumber.parse("AV-2024-123456")).isEqualTo(new InvoiceNumber("AV", 2024, 123456));
    assertThat(codeOf(() -> InvoiceNumber.parse("F2023-1"))).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(codeOf(() -> new InvoiceNumber("F", 2023, 0))).isEqualTo(ErrorCode.INVALID_VALUE);
  }

  @Test
  void aSeriesIsContinuousAndChronological() {
    SequencePosition first = SequencePosition.first(TODAY);
    assertThat(first.next(TODAY).last()).isEqualTo(2);
    assertThat(first.next(TODAY.plusDays(3))).isEqualTo(new SequencePosition(2, TODAY.plusDays(3)));
    assertThat(codeOf(() -> first.next(TODAY.minusDays(1)))).isEqualTo(ErrorCode.NON_CHRONOLOGICAL_NUMBERING);
  }
}
