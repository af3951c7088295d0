package org.liens.billing;

import org.liens.pricing.Money;
import org.liens.pricing.VatBreakdown;
import org.liens.pricing.VatRegime;
import org.liens.shared.Checks;

/**
 * The total of one VAT regime on an invoice or a credit note (DESIGN §6: "totals per VAT rate"): the sum of its
 * lines, HT + TVA = TTC.
 *
 * @param regime the VAT regime
 * @param breakdown the regime's totals
 */
public record VatTotal(VatRegime regime, VatBreakdown breakdown) {
  /**
   * Checks that both parts are present.
   *
   * @param regime the VAT regime
   * @param breakdown the regime's totals
   */
  public VatTotal {
    Checks.required(regime, "regime");
    Checks.required(breakdown, "breakdown");
  }

  /** {@return the total before tax (HT) of the regime's lines} */
  public Money net() {
    return breakdown.net();
  }

  /** {@return the VAT (TVA) of the regime's lines; zero when exempt} */
  public Money vat() {
    return breakdown.vat();
  }

  /** {@return the total with tax (TTC): net plus VAT} */
  public Money gross() {
    return breakdown.gross();
  }
}
