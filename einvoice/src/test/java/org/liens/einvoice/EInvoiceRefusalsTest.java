package org.liens.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.billing.BillableLine;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.billing.LineKind;
import org.liens.billing.Seller;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;

/**
 * Issue 15, bad input: a document that is not issued, a seller without the VAT number EN 16931 requires, and
 * amounts no EN 16931 document can carry are refused with their codes, and nothing is returned.
 */
class EInvoiceRefusalsTest {
  private static final EInvoicing EINVOICING = EInvoicing.of(EInvoiceSettings.standard());

  private static Invoice draft(Seller seller, BillableLine line) {
    return Invoice.draft(() -> InvoiceId.of(UUID.randomUUID()), EInvoiceCases.accompaniment(), List.of(line),
        List.of(EInvoiceCases.payer("CAF du Lot", "100")), seller, EInvoiceCases.DAY).get(0).after();
  }

  @Test
  void aDraftOrADiscardedInvoiceHasNoEInvoice() {
    Invoice draft = draft(EInvoiceCases.SELLER, EInvoiceCases.module(OfferCode.MIP, Money.euros(1800),
        VatRegime.exempt()));
    Invoice discarded = draft.discard(EInvoiceCases.DAY).after();

    assertThat(catchThrowableOfType(() -> EINVOICING.of(draft), IllegalTransitionException.class).code())
        .isEqualTo(ErrorCode.NOT_ISSUED);
    assertThat(catchThrowableOfType(() -> EINVOICING.cii(discarded), IllegalTransitionException.class).code())
        .isEqualTo(ErrorCode.NOT_ISSUED);
  }

  @Test
  void aSellerWithoutVatNumberIsNamed() {
    Seller noVatNumber = Seller.of("Au bonheur des liens", EInvoiceCases.ADDRESS, "812345676")
        .withVatExemptionMention("Exonération de TVA : mention fournie par votre comptable");
    Invoice issued = EInvoiceCases.issue(EInvoiceCases.accompaniment(), List.of(EInvoiceCases.module(OfferCode.MIP,
        Money.euros(1800), VatRegime.exempt())), List.of(EInvoiceCases.payer("CAF du Lot", "100")), 1, false).get(0);
    Invoice unexportable = Invoice.builder().from(issued).seller(noVatNumber).build();

    MissingEInvoiceDataException refused = catchThrowableOfType(() -> EINVOICING.of(unexportable),
        MissingEInvoiceDataException.class);
    assertThat(refused.code()).isEqualTo(ErrorCode.MISSING_EINVOICE_DATA);
    assertThat(refused.field()).isEqualTo("seller.vatNumber");
    assertThat(refused.getMessage()).contains("seller.vatNumber").doesNotContain("Au bonheur");
  }

  @Test
  void aVatNoEn16931DocumentCanCarryIsRefusedNotRounded() {
    // 0.03 € TTC at 20 %: HT 0.03 (0.025 rounded), TVA 0.00, but 0.03 × 20 % rounds to 0.01 (BR-CO-17)
    BillableLine cents = new BillableLine(LineKind.TRAVEL, "Déplacement", OfferCode.ARCS, Optional.empty(),
        EInvoiceCases.DAY, Quantity.of(1, QuantityUnit.TRIP), Money.ofCents(3), VatRegime.taxed(VatRate.STANDARD_20));
    Invoice issued = EInvoiceCases.issue(EInvoiceCases.accompaniment(), List.of(cents),
        List.of(EInvoiceCases.payer("CAF du Lot", "100")), 1, false).get(0);

    assertThat(catchThrowableOfType(() -> EINVOICING.of(issued), EInvoiceException.class).code())
        .isEqualTo(ErrorCode.EINVOICE_AMOUNTS_NOT_REPRESENTABLE);
  }
}
