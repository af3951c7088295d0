package org.liens.storage.jdbc;

import static org.liens.storage.jdbc.Codecs.CENTS;
import static org.liens.storage.jdbc.Codecs.ORGANISATION;
import static org.liens.storage.jdbc.Columns.DATE;
import static org.liens.storage.jdbc.Columns.ID;
import static org.liens.storage.jdbc.Columns.TEXT;
import static org.liens.storage.jdbc.Columns.json;
import static org.liens.storage.jdbc.Columns.jsonList;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditLine;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.ImmutableCreditNote.Builder;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.Party;
import org.liens.billing.Seller;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.CreditNotes;

/**
 * {@code liens_credit_note}: number, dates, the corrected invoice (its id, number as printed and issue date), the
 * subject copied from it, funder, agreement, reason and totals in cents as columns; client, seller, lines and
 * mentions as JSON. The number is registered in {@code liens_document_number} ({@link DocumentNumbers}) before
 * the row is written.
 */
final class CreditNoteRepository extends DocumentTable<CreditNote, CreditNoteId> implements CreditNotes {
  static final String TABLE = "liens_credit_note";
  static final Columns<CreditNote, Builder> MAPPING = Columns.<CreditNote, Builder>of(
          CreditNote::builder, Builder::build, (b, id) -> b.id(CreditNoteId.of(id)), Builder::version)
      .group(NUMBER, c -> Optional.of(c.number()), (b, number) -> b.number(number.orElseThrow()))
      .column("issued_on", DATE, CreditNote::issuedOn, Builder::issuedOn)
      .column("invoice_id", ID.map(InvoiceId::of, InvoiceId::value), CreditNote::invoice, Builder::invoice)
      .column("invoice_number", TEXT.map(InvoiceNumber::parse, InvoiceNumber::toString), CreditNote::invoiceNumber,
          Builder::invoiceNumber)
      .column("invoice_issued_on", DATE, CreditNote::invoiceIssuedOn, Builder::invoiceIssuedOn)
      .group(SUBJECT, CreditNote::subject, Builder::subject)
      .column("funder_id", ORGANISATION, CreditNote::funder, Builder::funder)
      .column("client", json(Party.class), CreditNote::client, Builder::client)
      .column("seller", json(Seller.class), CreditNote::seller, Builder::seller)
      .group(AGREEMENT, CreditNote::agreement, Builder::agreement)
      .column("reason", TEXT, CreditNote::reason, Builder::reason)
      .column("credit_lines", jsonList(CreditLine.class), CreditNote::lines, Builder::lines)
      .column("mentions", jsonList(String.class), CreditNote::mentions, Builder::mentions)
      .derived("total_net_cents", CENTS, CreditNote::totalNet)
      .derived("total_vat_cents", CENTS, CreditNote::totalVat)
      .derived("total_cents", CENTS, CreditNote::total);

  CreditNoteRepository(Session session) {
    super(session, AggregateKind.CREDIT_NOTE, TABLE, "c", MAPPING, CreditNote::withVersion,
        DocumentNumbers.CREDIT_NOTE, c -> Optional.of(c.number()));
  }

  @Override
  public List<CreditNote> ofInvoice(InvoiceId invoice) {
    Checks.required(invoice, "invoice");
    return select("list credit notes of an invoice", "c.invoice_id = ?", args -> args.uuid(invoice.value()));
  }

  @Override
  public List<CreditNote> ofSubject(BillingSubject subject) {
    Checks.required(subject, "subject");
    String column = subject instanceof BillingSubject.OfAccompaniment ? "c.accompaniment_id" : "c.workshop_series_id";
    return select("list credit notes of a subject", column + " = ?", args -> args.uuid(subject.uuid()));
  }

  @Override
  public List<CreditNote> issuedBetween(LocalDate from, LocalDate to) {
    Checks.required(from, "from");
    Checks.required(to, "to");
    return select("list credit notes issued between two dates", "c.issued_on BETWEEN ? AND ?",
        args -> args.date(from).date(to));
  }

  private List<CreditNote> select(String operation, String where, Transaction.Binder binder) {
    return list(operation, where, binder, null, BY_NUMBER);
  }
}
