package org.liens.billing.application;

import java.util.List;
import java.util.Optional;
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
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.RuleViolationException;

/**
 * Correcting an issued invoice with a credit note (DESIGN §6: an issued invoice never changes; the credit note
 * carries its number and date), never for more than what remains of it, and taking the amount back from its
 * funding agreement (R10). See {@link BillingService#credit}.
 */
record Crediting(Engine engine, NumberingScheme numbering, IssueDatePolicy issueDates) {
  /**
   * Credits {@code amount} of invoice {@code id}; with a credit note id of the caller's, the very same credit note
   * already issued is returned as stored, and another one under that id is {@code DUPLICATE_ID}.
   */
  CreditNote credit(Actor actor, InvoiceId id, Optional<CreditNoteId> given, Money amount, String reason) {
    return engine.write(actor, Operation.INVOICE_CREDIT, work -> {
      work.repositories().invoices().lock(id);
      BillingRecords records = new BillingRecords(work);
      Invoice invoice = work.gate().check(work.repositories().invoices().get(id), Targets::of);
      Optional<CreditNote> stored = issuedBefore(work, given, id, Optional.of(amount), reason);
      if (stored.isPresent()) {
        return stored.get();
      }
      CreditNote note = issue(work, records, records.history(invoice), invoice, amount, reason, given);
      records.saveAgreements();
      return note;
    });
  }

  /** Credits what remains of invoice {@code id}; a caller's credit note id makes it repeatable as {@link #credit}. */
  CreditNote creditInFull(Actor actor, InvoiceId id, Optional<CreditNoteId> given, String reason) {
    return engine.write(actor, Operation.INVOICE_CREDIT, work -> {
      work.repositories().invoices().lock(id); // credit notes of one invoice never add up beyond it
      BillingRecords records = new BillingRecords(work);
      Invoice invoice = work.gate().check(work.repositories().invoices().get(id), Targets::of);
      Optional<CreditNote> stored = issuedBefore(work, given, id, Optional.empty(), reason);
      if (stored.isPresent()) {
        return stored.get();
      }
      InvoiceHistory history = records.history(invoice);
      Money left = history.remaining(invoice);
      if (!left.isPositive()) {
        throw new RuleViolationException(ErrorCode.CREDIT_EXCEEDS_INVOICE, "the invoice is already credited in full");
      }
      CreditNote note = issue(work, records, history, invoice, left, reason, given);
      records.saveAgreements();
      return note;
    });
  }

  /**
   * The credit note stored under the caller's id if it is this very one (a repeated call whose first run committed:
   * its result, nothing done twice), of {@code invoice}, {@code amount} if given and {@code reason}; empty without a
   * caller's id or when none is stored under it.
   *
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another credit note
   */
  private static Optional<CreditNote> issuedBefore(
      UnitOfWork work, Optional<CreditNoteId> given, InvoiceId invoice, Optional<Money> amount, String reason) {
    Optional<CreditNote> stored = given.flatMap(work.repositories().creditNotes()::find);
    if (stored.isPresent()) {
      CreditNote note = stored.get();
      boolean same = note.invoice().equals(invoice) && note.reason().equals(Checks.longText(reason, "reason"))
          && amount.map(note.total()::equals).orElse(true);
      if (!same) {
        throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "this credit note id names another credit note");
      }
    }
    return stored;
  }

  /**
   * Issues and saves a credit note of {@code amount} on {@code invoice}, whose earlier credit notes are in
   * {@code history}, under the caller's id if given; its agreement is charged in {@code records}, saved by the
   * caller.
   */
  CreditNote issue(
      UnitOfWork work, BillingRecords records, InvoiceHistory history, Invoice invoice, Money amount, String reason,
      Optional<CreditNoteId> given) {
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
        given.orElseGet(() -> CreditNoteId.of(work.newId())), invoice, previous, amount, reason, taken.number(), taken.on()));
    note.agreement().ifPresent(ref -> records.charge(ref, note.id().value(), note.issuedOn(), note.total().negate()));
    return work.repositories().creditNotes().save(note);
  }
}
