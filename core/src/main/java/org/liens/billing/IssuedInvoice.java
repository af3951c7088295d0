package org.liens.billing;

import java.time.LocalDate;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;

/**
 * An issued invoice, with what only an issued invoice has: its number, issue date and due date, none of them
 * optional. Obtain it from {@link Invoice#issued()}; {@link Invoice#number()} stays optional because a draft has
 * no number.
 *
 * @param invoice the invoice, in status {@link InvoiceStatus#ISSUED}
 * @param number its number in its series, e.g. {@code F-2023-00042}
 * @param issuedOn its issue date
 * @param dueOn its payment due date
 */
public record IssuedInvoice(Invoice invoice, InvoiceNumber number, LocalDate issuedOn, LocalDate dueOn) {
  /**
   * Checks that the parts are the invoice's own.
   *
   * @throws IllegalTransitionException with {@link ErrorCode#NOT_ISSUED} if the invoice is a draft or discarded
   * @param invoice the invoice, in status {@link InvoiceStatus#ISSUED}
   * @param number its number in its series, e.g. {@code F-2023-00042}
   * @param issuedOn its issue date
   * @param dueOn its payment due date
   */
  public IssuedInvoice {
    Checks.required(invoice, "invoice");
    if (invoice.status() != InvoiceStatus.ISSUED) {
      throw notIssued(invoice);
    }
    Checks.check(invoice.number().orElseThrow().equals(number), "the number is the invoice's");
    Checks.check(invoice.issuedOn().orElseThrow().equals(issuedOn), "the issue date is the invoice's");
    Checks.check(invoice.dueOn().orElseThrow().equals(dueOn), "the due date is the invoice's");
  }

  /**
   * {@return the issued view of this invoice}
   *
   * @param invoice an issued invoice
   * @throws IllegalTransitionException with {@link ErrorCode#NOT_ISSUED} if it is a draft or discarded
   */
  public static IssuedInvoice of(Invoice invoice) {
    Checks.required(invoice, "invoice");
    if (invoice.status() != InvoiceStatus.ISSUED) {
      throw notIssued(invoice);
    }
    return new IssuedInvoice(invoice, invoice.number().orElseThrow(), invoice.issuedOn().orElseThrow(),
        invoice.dueOn().orElseThrow());
  }

  static IllegalTransitionException notIssued(Invoice invoice) {
    return new IllegalTransitionException(ErrorCode.NOT_ISSUED, "invoice " + invoice.id() + " is " + invoice.status()
        + ": only an issued invoice has a number, an issue date and a due date");
  }
}
