package org.liens.einvoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.liens.billing.CreditLine;
import org.liens.billing.CreditNote;
import org.liens.billing.InvoiceLine;
import org.liens.billing.IssuedInvoice;
import org.liens.billing.Party;
import org.liens.billing.Seller;
import org.liens.billing.VatTotal;
import org.liens.organisation.ChorusPro;
import org.liens.pricing.Money;
import org.liens.pricing.Percentage;
import org.liens.pricing.QuantityUnit;
import org.liens.pricing.VatRegime;
import org.liens.shared.ErrorCode;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.ReferencedDocument;
import org.mustangproject.SchemedID;
import org.mustangproject.TradeParty;

/**
 * Liens's issued documents as the e-invoicing library's {@link Invoice} (issue 15): every amount as issued, the
 * library computing nothing Liens did not (each line's net is its price times its quantity exactly; each rate's VAT
 * is checked to be its net times the rate rounded, EN 16931 BR-CO-17, before anything is written).
 */
final class MustangDocuments {
  /** ISO/IEC 6523 scheme of a French SIREN (BT-30, BT-47). */
  static final String SIREN_SCHEME = "0002";
  /** ISO/IEC 6523 scheme of a French SIRET (BT-46, Chorus Pro). */
  static final String SIRET_SCHEME = "0009";
  private static final int PRICE_SCALE = 4;
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final EInvoiceSettings settings;

  MustangDocuments(EInvoiceSettings settings) {
    this.settings = settings;
  }

  Invoice of(IssuedInvoice issued) {
    org.liens.billing.Invoice invoice = issued.invoice();
    requireRepresentable(invoice.vatTotals(), "invoice " + issued.number());
    Invoice document = header(invoice.seller(), invoice.client(), issued.number().toString(), issued.issuedOn(),
        invoice.mentions());
    document.setDueDate(date(issued.dueOn()));
    // BT-20; without it the library prints an English sentence of its own
    document.setPaymentTermDescription("Échéance : " + issued.dueOn().format(FRENCH_DATE));
    document.setDeliveryDate(date(invoice.lines().stream().map(InvoiceLine::performedOn)
        .max(Comparator.naturalOrder()).orElseThrow()));
    invoice.agreement().ifPresent(a -> document.setContractReferencedDocument(new ReferencedDocument(a.reference())));
    for (InvoiceLine line : invoice.lines()) {
      Item item = item(line.description(), line.vat(), invoice.seller(), line.breakdown().net(),
          line.quantity().toDecimal(PRICE_SCALE), unitCode(line.quantity().unit()));
      if (!line.share().equals(Percentage.HUNDRED)) {
        item.addNote("Part du financeur : " + line.share().value().stripTrailingZeros().toPlainString()
            + " % de " + line.gross());
      }
      document.addItem(item);
    }
    return document;
  }

  Invoice of(CreditNote note) {
    requireRepresentable(VatTotals.of(note), "credit note " + note.number());
    Invoice document = header(note.seller(), note.client(), note.number().toString(), note.issuedOn(),
        note.mentions());
    document.setCreditNote();
    document.addInvoiceReferencedDocument(new ReferencedDocument(note.invoiceNumber().toString(),
        date(note.invoiceIssuedOn())));
    document.setPaymentTermDescription("Avoir sur la facture " + note.invoiceNumber() + " du "
        + note.invoiceIssuedOn().format(FRENCH_DATE));
    document.setDeliveryDate(date(note.issuedOn()));
    note.agreement().ifPresent(a -> document.setContractReferencedDocument(new ReferencedDocument(a.reference())));
    for (CreditLine line : note.lines()) {
      document.addItem(item(line.description(), line.vat(), note.seller(), line.breakdown().net(), BigDecimal.ONE,
          "C62"));
    }
    return document;
  }

  private Invoice header(Seller seller, Party client, String number, LocalDate issuedOn, List<String> mentions) {
    if (seller.vatNumber().isEmpty()) {
      throw new MissingEInvoiceDataException("seller.vatNumber", "BR-S-02 / BR-E-02 (BT-31)");
    }
    TradeParty sender = party(seller.identity());
    sender.addVATID(seller.vatNumber().get());
    TradeParty recipient = party(client);
    Invoice document = new Invoice()
        .setNumber(number)
        .setIssueDate(date(issuedOn))
        .setCurrency("EUR")
        .setSender(sender)
        .setRecipient(recipient);
    client.chorusPro().ifPresent(chorusPro -> chorusPro(document, recipient, chorusPro));
    mentions.forEach(document::addNote);
    return document;
  }

  /** SIRET as the buyer identifier (BT-46, scheme 0009), service code as buyer reference (BT-10), commitment BT-13. */
  private static void chorusPro(Invoice document, TradeParty recipient, ChorusPro chorusPro) {
    chorusPro.siret().ifPresent(siret -> recipient.addGlobalID(new SchemedID(SIRET_SCHEME, siret)));
    chorusPro.serviceCode().ifPresent(document::setReferenceNumber);
    chorusPro.commitmentNumber().ifPresent(document::setBuyerOrderReferencedDocumentID);
  }

  private TradeParty party(Party party) {
    List<String> lines = party.address().lines();
    TradeParty trade = new TradeParty(party.name(), lines.isEmpty() ? "" : lines.get(0), party.address().postalCode(),
        party.address().city(), settings.countryCode());
    if (lines.size() > 1) {
      trade.setAdditionalAddress(String.join(", ", lines.subList(1, lines.size())));
    }
    trade.setLegalOrganisation(new LegalOrganisation(new SchemedID(SIREN_SCHEME, party.siren()), null));
    return trade;
  }

  /**
   * A line whose net is exactly {@code net}: the unit price {@code net / quantity} when four decimals carry it
   * exactly, otherwise {@code net} for the whole quantity as price base quantity (EN 16931 BT-149).
   */
  private Item item(String description, VatRegime vat, Seller seller, Money net, BigDecimal quantity, String unit) {
    Product product = new Product(description, "", unit, vat.ratePercent());
    if (vat instanceof VatRegime.Exempt exempt) {
      String mention = exempt.legalMention().or(seller::vatExemptionMention).orElseThrow(() ->
          new MissingEInvoiceDataException("seller.vatExemptionMention", "BR-E-10 (BT-120)"));
      product.setTaxCategoryCode("E").setTaxExemptionReason(mention);
      settings.vatExemptionReasonCode().ifPresent(product::setTaxExemptionReasonCode);
    } else {
      product.setTaxCategoryCode("S");
    }
    BigDecimal amount = net.toBigDecimal();
    BigDecimal price = amount.divide(quantity, PRICE_SCALE, RoundingMode.HALF_UP);
    Item item = new Item(product, price, quantity);
    if (quantity.multiply(price).setScale(2, RoundingMode.HALF_UP).compareTo(amount) != 0) {
      item.setPrice(amount).setBasisQuantity(quantity);
    }
    return item;
  }

  /** Refuses a document a rate of which has a VAT other than its net times the rate rounded (BR-CO-17). */
  private static void requireRepresentable(List<VatTotal> totals, String document) {
    for (VatTotal total : totals) {
      if (!total.breakdown().vatIsRoundedNetTimesRate(total.regime())) {
        throw new EInvoiceException(ErrorCode.EINVOICE_AMOUNTS_NOT_REPRESENTABLE, document + ": its " + total.regime()
            + " VAT is not its net times the rate rounded to the cent (EN 16931 BR-CO-17), so no e-invoice can carry"
            + " it as issued", null);
      }
    }
  }

  static String unitCode(QuantityUnit unit) {
    return switch (unit) {
      case HOUR -> "HUR";
      case KILOMETRE -> "KMT";
      case MODULE, GROUP_SESSION, TRIP -> "C62";
    };
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
