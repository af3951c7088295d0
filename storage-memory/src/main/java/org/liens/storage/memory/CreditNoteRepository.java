package org.liens.storage.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.CreditNotes;

/** The credit notes correcting invoices, by invoice, number and issue date; a number belongs to one document. */
final class CreditNoteRepository extends AggregateTable<CreditNote, CreditNoteId> implements CreditNotes {
  CreditNoteRepository(Session session) {
    super(session, AggregateKind.CREDIT_NOTE, session.store.creditNotes, CreditNote::withVersion);
  }

  @Override
  void checkUniques(CreditNote note) {
    requireFreeNumber(note.number(), note.uuid());
  }

  @Override
  public Optional<CreditNote> findByNumber(InvoiceNumber number) {
    session.usable();
    return table.rows(store.creditNotesByNumber.get(Checks.required(number, "number"))).stream().findFirst();
  }

  @Override
  public List<CreditNote> ofInvoice(InvoiceId invoice) {
    return session.query(table, store.creditNotesByInvoice.get(Checks.required(invoice, "invoice").value()),
        BY_NUMBER);
  }

  @Override
  public List<CreditNote> ofSubject(BillingSubject subject) {
    return session.query(table, store.creditNotesBySubject.get(Checks.required(subject, "subject").uuid()),
        BY_NUMBER);
  }

  @Override
  public List<CreditNote> issuedBetween(LocalDate from, LocalDate to) {
    return between(store.creditNotesByIssueDate, from, to, BY_NUMBER);
  }
}
