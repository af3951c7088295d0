package org.liens.billing;

import org.liens.pricing.Money;
import org.liens.pricing.VatBreakdown;
import org.liens.pricing.VatRegime;
import org.liens.shared.Checks;

/**
 * One line of a credit note: the part of a line of the corrected invoice that is credited, as HT + TVA = TTC.
 *
 * @param invoiceLine the index of the corrected invoice's line, from 0
 * @param description the corrected line's description
 * @param vat its VAT regime
 * @param breakdown the amount credited, more than zero
 */
public record CreditLine(int invoiceLine, String description, VatRegime vat, VatBreakdown breakdown) {
  /**
   * Checks the components: {@code vat} and {@code breakdown} required; {@code description} a bounded, non-blank text;
   * and the rules stated for the type.
   *
   * @param invoiceLine the index of the corrected invoice's line, from 0
   * @param description the corrected line's description
   * @param vat its VAT regime
   * @param breakdown the amount credited, more than zero
   */
  public CreditLine {
    Checks.check(invoiceLine >= 0, "a line index is zero or more");
    description = Checks.shortText(description, "description");
    Checks.required(vat, "vat");
    Checks.required(breakdown, "breakdown");
    Money.positive(breakdown.gross(), "credited amount");
    Checks.check(!breakdown.net().isNegative() && !breakdown.vat().isNegative(), "HT and TVA are zero or more");
    Checks.check(vat instanceof VatRegime.Taxed || breakdown.vat().isZero(), "no VAT on an exempt line");
  }

  /** {@return the TTC amount credited} */
  public Money amount() {
    return breakdown.gross();
  }
}
