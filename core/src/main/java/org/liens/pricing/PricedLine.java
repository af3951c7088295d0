package org.liens.pricing;

import org.liens.shared.Checks;

/**
 * A line of a quote: a description, an exact {@link Quantity} and a TTC unit price; its amount is
 * {@code unitPrice × quantity}, rounded once to the cent (half away from zero). Treat as a value type.
 *
 * @param description what the line is for, in French, without personal data
 * @param quantity how much
 * @param unitPrice the TTC price of one unit, more than zero
 */
public record PricedLine(String description, Quantity quantity, Money unitPrice) {
  /**
   * Checks the components: {@code quantity} required; {@code description} a bounded, non-blank text.
   *
   * @param description what the line is for, in French, without personal data
   * @param quantity how much
   * @param unitPrice the TTC price of one unit, more than zero
   */
  public PricedLine {
    description = Checks.shortText(description, "description");
    Checks.required(quantity, "quantity");
    Money.positive(unitPrice, "unitPrice");
  }

  /** {@return {@code unitPrice × quantity}, rounded once} */
  public Money amount() {
    return quantity.priceOf(unitPrice);
  }
}
