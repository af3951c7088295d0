package org.liens.billing;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.liens.organisation.ChorusPro;
import org.liens.organisation.Organisation;
import org.liens.organisation.PostalAddress;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;

/**
 * The identity of the seller or the client as printed on an invoice (DESIGN §6: "seller and client name, address
 * and SIREN"), copied when the invoice is drafted so that it never changes afterwards.
 *
 * @param name the legal name
 * @param address the postal address
 * @param siren the 9-digit SIREN, with a right Luhn check digit
 * @param chorusPro the client's Chorus Pro data as issued (issue 15), when it is invoiced through Chorus Pro
 */
public record Party(String name, PostalAddress address, String siren, Optional<ChorusPro> chorusPro) {
  /**
   * Checks the components: {@code address} required; {@code name} a bounded, non-blank text; and the rules stated for the type.
   *
   * @param name the legal name
   * @param address the postal address
   * @param siren the 9-digit SIREN, with a right Luhn check digit
   * @param chorusPro the client's Chorus Pro data as issued (issue 15), when it is invoiced through Chorus Pro
   */
  public Party {
    name = Checks.name(name, "name");
    Checks.required(address, "address");
    siren = Checks.siren(siren, "siren");
    Checks.optional(chorusPro, "chorusPro");
  }

  /**
   * A party not invoiced through Chorus Pro (a seller, or a private funder).
   *
   * @param name the legal name
   * @param address the postal address
   * @param siren the 9-digit SIREN, with a right Luhn check digit
   */
  public Party(String name, PostalAddress address, String siren) {
    this(name, address, siren, Optional.empty());
  }

  /**
   * {@return the same party with this Chorus Pro data, copied from the funder when its invoice is issued}
   *
   * @param value the funder's Chorus Pro data
   */
  public Party withChorusPro(ChorusPro value) {
    return new Party(name, address, siren, Optional.of(Checks.required(value, "chorusPro")));
  }

  /**
   * {@return the identity of a partner organisation, to invoice it}
   *
   * @param organisation the funder to invoice
   * @throws MissingInvoiceDataException with {@link ErrorCode#MISSING_INVOICE_MENTION} if its address or SIREN
   *     is not known: {@link MissingInvoiceDataException#missing()} names which ({@link InvoiceRequirement#FUNDER_ADDRESS},
   *     {@link InvoiceRequirement#FUNDER_SIREN}, or both)
   */
  public static Party of(Organisation organisation) {
    Checks.required(organisation, "organisation");
    Set<InvoiceRequirement> missing = EnumSet.noneOf(InvoiceRequirement.class);
    if (organisation.address().isEmpty()) {
      missing.add(InvoiceRequirement.FUNDER_ADDRESS);
    }
    if (organisation.siren().isEmpty()) {
      missing.add(InvoiceRequirement.FUNDER_SIREN);
    }
    if (!missing.isEmpty()) {
      throw new MissingInvoiceDataException("organisation " + organisation.id(), missing);
    }
    return new Party(organisation.name(), organisation.address().get(), organisation.siren().get(),
        organisation.chorusPro());
  }
}
