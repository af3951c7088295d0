package org.liens.einvoice;

import java.util.Optional;
import org.liens.shared.Checks;

/**
 * What an e-invoice needs beyond an issued document, as configured by the host (issue 15). Liens ships no legal
 * text: the VAT exemption reason text is the document's own mention (tariff or seller configuration), and its code
 * (EN 16931 BT-121, the VATEX code the accountant chose) comes from here, never hard-coded.
 *
 * @param vatExemptionReasonCode the VATEX code printed beside the exemption mention (BT-121), when configured
 * @param countryCode the ISO 3166-1 alpha-2 country of every postal address (BT-40, BT-55), {@code FR} by default
 */
public record EInvoiceSettings(Optional<String> vatExemptionReasonCode, String countryCode) {
  /**
   * Checks the components: the code a bounded name when present; the country two upper-case letters.
   *
   * @param vatExemptionReasonCode the VATEX code printed beside the exemption mention (BT-121), when configured
   * @param countryCode the ISO 3166-1 alpha-2 country of every postal address (BT-40, BT-55)
   */
  public EInvoiceSettings {
    vatExemptionReasonCode = Checks.optional(vatExemptionReasonCode, "vatExemptionReasonCode")
        .map(c -> Checks.name(c, "vatExemptionReasonCode"));
    Checks.check(Checks.notBlank(countryCode, "countryCode").matches("[A-Z]{2}"),
        "countryCode is two upper-case letters (ISO 3166-1 alpha-2)");
  }

  /** {@return no exemption code, addresses in France} */
  public static EInvoiceSettings standard() {
    return new EInvoiceSettings(Optional.empty(), "FR");
  }

  /**
   * {@return the same with this VAT exemption reason code (BT-121)}
   *
   * @param code the VATEX code the accountant chose for the exemption
   */
  public EInvoiceSettings withVatExemptionReasonCode(String code) {
    return new EInvoiceSettings(Optional.of(code), countryCode);
  }

  /**
   * {@return the same with postal addresses in another country}
   *
   * @param code the ISO 3166-1 alpha-2 code, e.g. {@code FR}
   */
  public EInvoiceSettings withCountryCode(String code) {
    return new EInvoiceSettings(vatExemptionReasonCode, code);
  }
}
