package org.liens.billing;

import org.liens.agreement.AgreementId;
import org.liens.shared.Checks;

/** The funding agreement an invoice is issued under, with the reference printed on it (R10). */
public record AgreementRef(AgreementId id, String reference) {
  public AgreementRef {
    Checks.required(id, "id");
    reference = Checks.name(reference, "reference");
  }
}
