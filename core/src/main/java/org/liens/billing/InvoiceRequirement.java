package org.liens.billing;

/**
 * What an invoice must print and Liens may not know yet: the items a {@link MissingInvoiceDataException} names.
 */
public enum InvoiceRequirement {
  /** The seller: {@code Liens.builder().seller(Seller.of(name, address, siren))}. */
  SELLER("the seller (Liens.builder().seller(…): name, address, SIREN)"),
  /** The funder's postal address: {@code organisations().register(…, siren, address)} or {@code update(…)}. */
  FUNDER_ADDRESS("the funder's postal address (organisations().update(…))"),
  /** The funder's SIREN: {@code organisations().register(…, siren, address)} or {@code update(…)}. */
  FUNDER_SIREN("the funder's SIREN (organisations().update(…))"),
  /** The VAT exemption mention: from the tariff file or {@code Seller.withVatExemptionMention(…)}. */
  VAT_EXEMPTION_MENTION("the VAT exemption mention (Seller.withVatExemptionMention(…) or the tariff file)");

  private final String description;

  InvoiceRequirement(String description) {
    this.description = description;
  }

  /** {@return what is missing and where a host sets it, in English, without personal data} */
  public String description() {
    return description;
  }
}
