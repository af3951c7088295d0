package org.liens.einvoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.billing.AgreementRef;
import org.liens.billing.BillableLine;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.LineKind;
import org.liens.billing.Party;
import org.liens.billing.Payer;
import org.liens.billing.Seller;
import org.liens.catalog.OfferCode;
import org.liens.organisation.ChorusPro;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.PostalAddress;
import org.liens.pricing.Money;
import org.liens.pricing.Percentage;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.workshop.WorkshopSeriesId;

/**
 * The test set of issue 15, built with core's public API as the billing service builds them: an exempt MIP to a
 * public funder invoiced through Chorus Pro, taxed lines at 5.5, 10 and 20 %, a MADI co-financed in three shares,
 * individual ARCS sessions, a group workshop quote, and a partial and a full credit note.
 */
final class EInvoiceCases {
  static final LocalDate DAY = LocalDate.of(2023, 9, 4);
  static final PostalAddress ADDRESS = PostalAddress.of("1 place aux Herbes", "30700", "Uzès");
  static final Seller SELLER = Seller.of("Au bonheur des liens", ADDRESS, "812345676")
      .withVatNumber("FR40812345676")
      .withVatExemptionMention("Exonération de TVA : mention fournie par votre comptable")
      .withLegalMentions(List.of("Pénalités de retard : taux fourni par votre comptable",
          "Indemnité forfaitaire pour frais de recouvrement : montant fourni par votre comptable"));
  static final ChorusPro GARD = ChorusPro.at("22300001900016").withServiceCode("SERVICE-ASE")
      .withCommitmentNumber("EJ-2023-0042").requiringServiceCode().requiringCommitmentNumber();

  private EInvoiceCases() {}

  static Payer payer(String name, String share) {
    return new Payer(OrganisationId.of(UUID.randomUUID()), new Party(name, PostalAddress.of("2 bd Pasteur", "46100",
        "Figeac"), "775592413"), Percentage.of(share));
  }

  static Payer publicPayer() {
    return new Payer(OrganisationId.of(UUID.randomUUID()), new Party("Département du Gard",
        PostalAddress.of("3 rue Guillemette", "30044", "Nîmes"), "223000019").withChorusPro(GARD), Percentage.HUNDRED);
  }

  static BillableLine module(OfferCode offer, Money price, VatRegime vat) {
    return new BillableLine(LineKind.MODULE, "Module " + offer, offer, Optional.empty(), DAY,
        Quantity.of(1, QuantityUnit.MODULE), price, vat);
  }

  static BillableLine session(int minutes, VatRegime vat) {
    return new BillableLine(LineKind.INDIVIDUAL_SESSION, "Séance individuelle ARCS", OfferCode.ARCS,
        Optional.of(UUID.randomUUID()), DAY, Quantity.fraction(minutes, 60, QuantityUnit.HOUR), Money.euros(55), vat);
  }

  /** Drafts and issues {@code lines} to {@code payers}, numbering from {@code first}. */
  static List<Invoice> issue(BillingSubject subject, List<BillableLine> lines, List<Payer> payers, int first,
      boolean underAgreement) {
    List<Invoice> issued = new ArrayList<>();
    var drafts = underAgreement
        ? Invoice.draft(() -> InvoiceId.of(UUID.randomUUID()), subject, lines, payers, SELLER,
            new AgreementRef(AgreementId.of(UUID.randomUUID()), "CEJ-2023"), DAY)
        : Invoice.draft(() -> InvoiceId.of(UUID.randomUUID()), subject, lines, payers, SELLER, DAY);
    for (var draft : drafts) {
      issued.add(draft.after().issue(new InvoiceNumber("F", 2023, first + issued.size()), DAY).after());
    }
    return issued;
  }

  static BillingSubject accompaniment() {
    return BillingSubject.of(AccompanimentId.of(UUID.randomUUID()));
  }

  static CreditNote credit(Invoice invoice, List<CreditNote> previous, Money amount, int number) {
    return CreditNote.issue(CreditNoteId.of(UUID.randomUUID()), invoice, previous, amount, "Fin anticipée",
        new InvoiceNumber("AV", 2023, number), DAY.plusMonths(2)).after();
  }

  /** The whole set, by name: about ten documents, each validated once. */
  static Map<String, Object> all() {
    Map<String, Object> set = new LinkedHashMap<>();
    VatRegime exempt = VatRegime.exempt();
    Invoice mip = issue(accompaniment(), List.of(module(OfferCode.MIP, Money.euros(1800), exempt)),
        List.of(publicPayer()), 1, false).get(0);
    set.put("exempt MIP to a Chorus Pro funder", mip);
    set.put("taxed 5.5 %", issue(accompaniment(), List.of(session(60, VatRegime.taxed(VatRate.REDUCED_5_5)),
        session(50, VatRegime.taxed(VatRate.REDUCED_5_5))), List.of(payer("CAF du Lot", "100")), 2, false).get(0));
    set.put("taxed 10 %", issue(accompaniment(), List.of(module(OfferCode.MAPA, Money.euros(1800),
        VatRegime.taxed(VatRate.INTERMEDIATE_10))), List.of(payer("MSA", "100")), 3, false).get(0));
    Invoice taxed20 = issue(accompaniment(), List.of(module(OfferCode.MADI, Money.euros(2000),
        VatRegime.taxed(VatRate.STANDARD_20)), session(45, exempt)), List.of(payer("CPAM", "100")), 4, false).get(0);
    set.put("taxed 20 % and exempt", taxed20);
    List<Invoice> shares = issue(accompaniment(), List.of(module(OfferCode.MADI, Money.euros(2000), exempt)),
        List.of(payer("CAF du Lot", "33.33"), payer("MSA", "33.33"), payer("Grand-Figeac", "33.34")), 5, true);
    for (Invoice share : shares) {
      set.put("co-financed share " + share.share().value().toPlainString() + " % (" + share.issuedNumber() + ")",
          share);
    }
    set.put("individual ARCS sessions", issue(accompaniment(), List.of(session(60, exempt), session(50, exempt),
        session(75, exempt)), List.of(payer("CCAS d'Uzès", "100")), 8, false).get(0));
    BillingSubject series = BillingSubject.of(WorkshopSeriesId.of(UUID.randomUUID()));
    set.put("group workshop quote", issue(series, List.of(new BillableLine(LineKind.GROUP_SESSION,
        "Atelier de groupe ARCS : 6 séances d'une heure", OfferCode.ARCS, Optional.empty(), DAY,
        Quantity.of(6, QuantityUnit.GROUP_SESSION), Money.euros(150), exempt), new BillableLine(LineKind.TRAVEL,
        "Déplacements", OfferCode.ARCS, Optional.empty(), DAY, Quantity.of(6, QuantityUnit.TRIP), Money.parse("12.50"),
        exempt)), List.of(payer("Collège Jean Moulin", "100")), 9, false).get(0));
    CreditNote partial = credit(taxed20, List.of(), Money.parse("1000.00"), 1);
    set.put("partial credit note", partial);
    set.put("full credit note", credit(mip, List.of(), mip.total(), 2));
    return set;
  }
}
