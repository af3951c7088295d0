package org.liens.billing;

import org.liens.organisation.Organisation;
import org.liens.organisation.PostalAddress;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * The identity of the seller or the client as printed on an invoice (DESIGN §6: "seller and client name, address
 * and SIREN"), copied when the invoice is drafted so that it never changes afterwards.
 *
 * @param name the legal name
 * @param address the postal address
 * @param siren the 9-digit SIREN, with a right Luhn check digit
 */
public record Party(String name, PostalAddress address, String siren) {
  public Party {
    name = Checks.name(name, "name");
    Checks.required(address, "address");
    siren = Checks.siren(siren, "siren");
  }

  /**
   * {@return the identity of a partner organisation, to invoice it}
   *
   * @throws RuleViolationException with {@link ErrorCode#MISSING_INVOICE_MENTION} if its address or SIREN is not
   *     known
   */
  public static Party of(Organisation organisation) {
    Checks.required(organisation, "organisation");
    if (organisation.address().isEmpty() || organisation.siren().isEmpty()) {
      throw new RuleViolationException(ErrorCode.MISSING_INVOICE_MENTION, "organisation " + organisation.id()
          + " cannot be invoiced without its " + (organisation.address().isEmpty() ? "address" : "SIREN"));
    }
    return new Party(organisation.name(), organisation.address().get(), organisation.siren().get());
  }
}
