package org.liens.billing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.pricing.Quantity;
import org.liens.pricing.VatRegime;
import org.liens.shared.Checks;

/**
 * A service due, before it is split between funders: what {@link BillingPolicy} says to bill, priced. Its gross
 * amount is {@code unitPrice × quantity}, rounded once.
 *
 * @param kind what it bills
 * @param description in French, without personal data
 * @param offer the offer
 * @param item the id of the item billed (an individual session, a group session), so it is billed once
 * @param performedOn the date the service was performed (first appointment, session)
 * @param quantity how much
 * @param unitPrice TTC, more than zero
 * @param vat the VAT regime
 */
public record BillableLine(
    LineKind kind, String description, OfferCode offer, Optional<UUID> item, LocalDate performedOn,
    Quantity quantity, Money unitPrice, VatRegime vat) {
  /**
   * Checks the components against the rules stated for the type.
   *
   * @param kind what it bills
   * @param description in French, without personal data
   * @param offer the offer
   * @param item the id of the item billed (an individual session, a group session), so it is billed once
   * @param performedOn the date the service was performed (first appointment, session)
   * @param quantity how much
   * @param unitPrice TTC, more than zero
   * @param vat the VAT regime
   */
  public BillableLine {
    description = checked(kind, description, offer, item, performedOn, quantity, unitPrice, vat);
  }

  /** The checks of a service line, billable or invoiced: every part given, a positive price; the description. */
  static String checked(LineKind kind, String description, OfferCode offer, Optional<UUID> item,
      LocalDate performedOn, Quantity quantity, Money unitPrice, VatRegime vat) {
    Checks.required(kind, "kind");
    String checked = Checks.shortText(description, "description");
    Checks.requiredAll("offer, item, performedOn, quantity", offer, item, performedOn, quantity);
    Money.positive(unitPrice, "unitPrice");
    Checks.required(vat, "vat");
    return checked;
  }

  /** {@return {@code unitPrice × quantity}, rounded once} */
  public Money gross() {
    return quantity.priceOf(unitPrice);
  }
}
