package org.liens.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liens.fixtures.Fixtures;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.pricing.Money;
import org.liens.pricing.VatRegime;
import org.liens.shared.ErrorCode;

/** Before invoicing, the refusal names what is really missing: the funder's address, its SIREN, the VAT mention. */
class MissingInvoiceDataTest {
  static final String SIREN = "987654324";

  static Organisation funder(Optional<String> siren, Optional<PostalAddress> address) {
    return new Organisation(Fixtures.organisation(), 0, "CAF", OrganisationKind.CAF, siren, address, Optional.empty());
  }

  static MissingInvoiceDataException refusalToInvoice(Organisation funder) {
    return catchThrowableOfType(MissingInvoiceDataException.class, () -> Party.of(funder));
  }

  @Test
  void aFunderWithoutAddressIsRefusedForItsAddressNotForAMention() {
    MissingInvoiceDataException e = refusalToInvoice(funder(Optional.of(SIREN), Optional.empty()));
    assertThat(e.code()).isEqualTo(ErrorCode.MISSING_INVOICE_MENTION);
    assertThat(e.missing()).containsExactly(InvoiceRequirement.FUNDER_ADDRESS);
    assertThat(e.getMessage()).contains("postal address").doesNotContain("SIREN").doesNotContain("mention");
  }

  @Test
  void aFunderWithoutSirenIsRefusedForItsSiren() {
    MissingInvoiceDataException e = refusalToInvoice(funder(Optional.empty(), Optional.of(Fixtures.ADDRESS)));
    assertThat(e.missing()).containsExactly(InvoiceRequirement.FUNDER_SIREN);
    assertThat(e.getMessage()).contains("SIREN").doesNotContain("address").doesNotContain("mention");
  }

  @Test
  void aFunderRegisteredByNameOnlyIsRefusedForBoth() {
    Organisation funder = funder(Optional.empty(), Optional.empty());
    MissingInvoiceDataException e = refusalToInvoice(funder);
    assertThat(e.missing()).containsExactlyInAnyOrder(InvoiceRequirement.FUNDER_ADDRESS, InvoiceRequirement.FUNDER_SIREN);
    assertThat(e.getMessage()).contains("postal address", "SIREN", funder.id().toString()).doesNotContain("CAF");
  }

  @Test
  void aKnownFunderIsAParty() {
    assertThat(Party.of(funder(Optional.of(SIREN), Optional.of(Fixtures.ADDRESS))).siren()).isEqualTo(SIREN);
  }

  @Test
  void anExemptLineWithoutAnyMentionIsRefusedForTheVatMention() {
    Seller silent = Seller.of("Au bonheur des liens", Fixtures.ADDRESS, "123456782");
    MissingInvoiceDataException e = catchThrowableOfType(MissingInvoiceDataException.class, () -> InvoiceTest.draft(
        List.of(InvoiceTest.module(Money.euros(2000), VatRegime.exempt())), List.of(InvoiceTest.payer("100")), silent));
    assertThat(e.code()).isEqualTo(ErrorCode.MISSING_INVOICE_MENTION);
    assertThat(e.missing()).containsExactly(InvoiceRequirement.VAT_EXEMPTION_MENTION);
    assertThat(e.getMessage()).contains("VAT exemption mention").doesNotContain("SIREN");
  }

  @Test
  void theMessageNamesEveryItemInOneOrder() {
    MissingInvoiceDataException e = new MissingInvoiceDataException("anything",
        Set.of(InvoiceRequirement.FUNDER_SIREN, InvoiceRequirement.SELLER));
    assertThat(e.getMessage()).contains("cannot invoice anything: missing the seller")
        .contains(", the funder's SIREN");
  }
}
