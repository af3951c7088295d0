package org.liens.billing.application;

import java.util.List;
import org.liens.access.Actor;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceHistory;
import org.liens.billing.InvoiceId;
import org.liens.billing.IssueDatePolicy;
import org.liens.billing.InvoiceStatus;
import org.liens.billing.NumberingScheme;
import org.liens.access.Operation;
import org.liens.internal.Engine;
import org.liens.internal.Targets;
import org.liens.internal.UnitOfWork;
import org.liens.pricing.Money;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.RuleViolationException;

/**
 * Correcting an issued invoice with a credit note (DESIGN §6: an issued invoice never changes; the credit note
 * carries its number and date), never for more than what remains of it, and taking the amount back from its
 * funding agreement (R10). See {@link BillingService#credit}.
 */
record Crediting(Engine engine, NumberingScheme numbering, IssueDatePolicy issueDates) {
  CreditNote credit(Actor actor, InvoiceId id, Money amount, String reason) {
    return engine.write(actor, Operation.INVOICE_CREDIT, work -> {
      work.repositories().invoices().lock(id);
      BillingRecords records = new BillingRecords(work);
      Invoice invoice = work.gate().check(work.repositories().invoices().get(id), Targets::of);
      CreditNote note = issue(work, records, records.history(invoice), invoice, amount, reason);
      records.saveAgreements();
      return note;
    });
  }

  CreditNote creditInFull(Actor actor, InvoiceId id, String reason) {
    return engine.write(actor, Operation.INVOICE_CREDIT, work -> {
      work.repositories().invoices().lock(id); // credit notes of one invoice never add up beyond it
      BillingRecords records = new BillingRecords(work);
      Invoice invoice = work.gate().check(work.repositories().invoices().get(id), Targets::of);
      InvoiceHistory history = records.history(invoice);
      Money left = history.remaining(invoice);
      if (!left.isPositive()) {
        throw new RuleViolationException(ErrorCode.CREDIT_EXCEEDS_INVOICE, "the invoice is already credited in full");
      }
      CreditNote note = issue(work, records, history, invoice, left, reason);
      records.saveAgreements();
      return note;
    });
  }

  /**
   * Issues and saves a credit note of {@code amount} on {@code invoice}, whose earlier credit notes are in
   * {@code history}; its agreement is charged in {@code records}, saved by the caller.
   */
  CreditNote issue(
      UnitOfWork work, BillingRecords records, InvoiceHistory history, Invoice invoice, Money amount, String reason) {
    if (invoice.status() != InvoiceStatus.ISSUED) {
      throw new IllegalTransitionException(ErrorCode.ILLEGAL_TRANSITION,
          "only an issued invoice is credited; invoice " + invoice.id() + " is " + invoice.status());
    }
    Money left = history.remaining(invoice);
    if (amount.isGreaterThan(left)) {
      throw new RuleViolationException(ErrorCode.CREDIT_EXCEEDS_INVOICE,
          "invoice " + invoice.number().orElseThrow() + " has " + left + " left to credit, asked " + amount);
    }
    BillingRecords.Numbered taken = records.take(
        invoice.seller(), numbering.creditNotePrefix(), invoice.issuedOn().orElseThrow(), issueDates);
    List<CreditNote> previous = history.creditNotesOf(invoice);
    CreditNote note = work.accept(CreditNote.issue(
        CreditNoteId.of(work.newId()), invoice, previous, amount, reason, taken.number(), taken.on()));
    note.agreement().ifPresent(ref -> records.charge(ref, note.id().value(), note.issuedOn(), note.total().negate()));
    return work.repositories().creditNotes().save(note);
  }
}
