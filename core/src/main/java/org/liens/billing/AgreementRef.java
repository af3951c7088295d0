package org.liens.billing;

import org.liens.agreement.AgreementId;
import org.liens.shared.Checks;

/** The funding agreement an invoice is issued under, with the reference printed on it (R10). */
public record AgreementRef(AgreementId id, String reference) {
  /**
   * Checks the components: {@code id} required; {@code reference} a bounded, non-blank text.
   *
   * @param id the agreement
   * @param reference the agreement's reference as printed on the invoice (convention number)
   */
  public AgreementRef {
    Checks.required(id, "id");
    reference = Checks.name(reference, "reference");
  }
}
