package org.liens.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.pricing.Percentage;
import org.liens.pricing.Quantity;
import org.liens.pricing.VatBreakdown;
import org.liens.pricing.VatRegime;
import org.liens.shared.Checks;

/**
 * One line of an invoice (DESIGN §6: "for each line quantity, exact description and unit price before tax"): the
 * service, its quantity and TTC unit price, its gross amount {@code unitPrice × quantity}, the share of it billed
 * to this invoice's funder (100 % unless co-financed), and the breakdown of that amount into HT and TVA.
 *
 * <p>Invariants: the amount is the funder's exact share of the gross rounded down or up (never further: see
 * {@code MoneySplit}); {@code net + vat == amount}; no VAT when exempt.
 *
 * @param kind what it bills
 * @param description in French, without personal data
 * @param offer the offer
 * @param item the id of the item billed (a session), if any
 * @param performedOn the date the service was performed
 * @param quantity how much
 * @param unitPrice the TTC unit price
 * @param share the share of the gross billed to this funder
 * @param vat the VAT regime
 * @param breakdown the amount billed to this funder, as HT + TVA = TTC
 */
public record InvoiceLine(
    LineKind kind, String description, OfferCode offer, Optional<UUID> item, LocalDate performedOn,
    Quantity quantity, Money unitPrice, Percentage share, VatRegime vat, VatBreakdown breakdown) {

  /**
   * Checks the components: {@code share} and {@code breakdown} required; and the rules stated for the type.
   *
   * @param kind what it bills
   * @param description in French, without personal data
   * @param offer the offer
   * @param item the id of the item billed (a session), if any
   * @param performedOn the date the service was performed
   * @param quantity how much
   * @param unitPrice the TTC unit price
   * @param share the share of the gross billed to this funder
   * @param vat the VAT regime
   * @param breakdown the amount billed to this funder, as HT + TVA = TTC
   */
  public InvoiceLine {
    description = BillableLine.checked(kind, description, offer, item, performedOn, quantity, unitPrice, vat);
    Checks.required(share, "share");
    Checks.check(!share.isZero(), "a line's share is more than 0 %");
    Checks.required(breakdown, "breakdown");
    Money gross = quantity.priceOf(unitPrice);
    BigDecimal exact = BigDecimal.valueOf(gross.cents()).multiply(share.fraction());
    long floor = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
    long amount = breakdown.gross().cents();
    Checks.check(amount == floor || amount == floor + 1 && exact.compareTo(BigDecimal.valueOf(floor)) > 0,
        "a line amount is the funder's share of " + gross + " rounded down or up, was " + breakdown.gross());
    Checks.check(!breakdown.net().isNegative() && !breakdown.vat().isNegative(), "HT and TVA are zero or more");
    Checks.check(vat instanceof VatRegime.Taxed || breakdown.vat().isZero(), "no VAT on an exempt line");
  }

  /** {@return {@code unitPrice × quantity}: the whole line, before the split between funders} */
  public Money gross() {
    return quantity.priceOf(unitPrice);
  }

  /** {@return the TTC amount billed to this invoice's funder} */
  public Money amount() {
    return breakdown.gross();
  }

  /** {@return the unit price before tax, for printing: the HT of the TTC unit price} */
  public Money unitNet() {
    return VatBreakdown.of(unitPrice, vat).net();
  }
}
