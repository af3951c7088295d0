package org.liens.agreement;

import java.time.LocalDate;
import java.util.UUID;
import org.liens.pricing.Money;
import org.liens.shared.Checks;

/**
 * An amount billed under a funding agreement: an issued invoice (positive) or credit note (negative), on its
 * issue date. The agreement keeps them so that what it has billed is never more than its budget.
 *
 * @param document the invoice's or credit note's id
 * @param on its issue date
 * @param amount its TTC amount, negative for a credit note; never zero
 */
public record AgreementCharge(UUID document, LocalDate on, Money amount) {
  /**
   * Checks the components: {@code document}, {@code on} and {@code amount} required; and the rules stated for the type.
   *
   * @param document the invoice's or credit note's id
   * @param on its issue date
   * @param amount its TTC amount, negative for a credit note; never zero
   */
  public AgreementCharge {
    Checks.requiredAll("document, on, amount", document, on, amount);
    Checks.check(!amount.isZero(), "a charge is not zero");
  }
}
