package org.liens.billing;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * Nothing can be invoiced because something an invoice must print is not known: the seller, the funder's address
 * or SIREN, or the VAT exemption mention. The code stays {@link ErrorCode#MISSING_INVOICE_MENTION};
 * {@link #missing()} and the message name exactly what is missing, and where a host sets it. Nothing is stored.
 */
public class MissingInvoiceDataException extends RuleViolationException {
  private final transient Set<InvoiceRequirement> missing;

  /**
   * A refusal naming every missing item.
   *
   * @param subject what could not be invoiced, e.g. {@code "organisation 3f2a…"}, never personal data
   * @param missing what is missing, at least one item
   */
  public MissingInvoiceDataException(String subject, Set<InvoiceRequirement> missing) {
    super(ErrorCode.MISSING_INVOICE_MENTION, message(subject, missing));
    this.missing = Set.copyOf(EnumSet.copyOf(missing));
  }

  private static String message(String subject, Set<InvoiceRequirement> missing) {
    Checks.check(!Checks.required(missing, "missing").isEmpty(), "a refusal names at least one missing item");
    return "cannot invoice " + Checks.notBlank(subject, "subject") + ": missing "
        + EnumSet.copyOf(missing).stream().map(InvoiceRequirement::description).collect(Collectors.joining(", "));
  }

  /** {@return what is missing, at least one item} */
  public Set<InvoiceRequirement> missing() {
    return missing;
  }
}
