package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditLine;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.Party;
import org.liens.billing.Seller;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.CreditNotes;

/**
 * {@code liens_credit_note}: number, dates, the corrected invoice (its id, number as printed and issue date), the
 * subject copied from it, funder, agreement, reason and totals in cents as columns; client, seller, lines and
 * mentions as JSON. The number is registered in {@code liens_document_number} ({@link DocumentNumbers}) before
 * the row is written.
 */
final class CreditNoteRepository extends AggregateTable<CreditNote, CreditNoteId> implements CreditNotes {
  static final String TABLE = "liens_credit_note";
  static final List<String> COLUMNS = List.of("number_prefix", "number_year", "number_sequence", "issued_on",
      "invoice_id", "invoice_number", "invoice_issued_on", "accompaniment_id", "workshop_series_id", "funder_id",
      "client", "seller", "agreement_id", "agreement_reference", "reason", "credit_lines", "mentions",
      "total_net_cents", "total_vat_cents", "total_cents");

  CreditNoteRepository(Session session) {
    super(session, AggregateKind.CREDIT_NOTE, TABLE, "c", COLUMNS, CreditNoteRepository::creditNote,
        CreditNote::withVersion);
  }

  @Override
  public Optional<CreditNote> findByNumber(InvoiceNumber number) {
    Checks.required(number, "number");
    return one("find credit note by number", DocumentNumbers.numberIs("c"),
        args -> DocumentNumbers.bindNumber(args, number));
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

  static CreditNote creditNote(Row row) throws SQLException {
    return CreditNote.builder()
        .id(CreditNoteId.of(row.uuid("id")))
        .version(row.number("version"))
        .number(DocumentNumbers.read(row).orElseThrow())
        .issuedOn(row.date("issued_on"))
        .invoice(InvoiceId.of(row.uuid("invoice_id")))
        .invoiceNumber(InvoiceNumber.parse(row.text("invoice_number")))
        .invoiceIssuedOn(row.date("invoice_issued_on"))
        .subject(InvoiceRepository.subject(row))
        .funder(OrganisationId.of(row.uuid("funder_id")))
        .client(row.json("client", Party.class))
        .seller(row.json("seller", Seller.class))
        .agreement(InvoiceRepository.agreement(row))
        .reason(row.text("reason"))
        .lines(row.jsonList("credit_lines", CreditLine.class))
        .mentions(row.jsonList("mentions", String.class))
        .build();
  }

  @Override
  void bind(Args args, CreditNote c, boolean links) throws SQLException {
    DocumentNumbers.bindNumber(args, c.number())
        .date(c.issuedOn())
        .uuid(c.invoice().value())
        .text(c.invoiceNumber().toString())
        .date(c.invoiceIssuedOn());
    InvoiceRepository.bindSubject(args, c.subject())
        .uuid(c.funder().value())
        .json(c.client())
        .json(c.seller());
    InvoiceRepository.bindAgreement(args, c.agreement())
        .text(c.reason())
        .json(c.lines())
        .json(c.mentions())
        .number(c.totalNet().cents())
        .number(c.totalVat().cents())
        .number(c.total().cents());
  }

  /** A number belongs to one document, invoice or credit note. */
  @Override
  List<Unique> uniques(CreditNote c) {
    return List.of(DocumentNumbers.free(c.number(), c.uuid()));
  }

  @Override
  Runnable writeBefore(CreditNote c) {
    return DocumentNumbers.register(tx, c.number(), c.uuid(), DocumentNumbers.CREDIT_NOTE);
  }

  @Override
  void writeChildren(CreditNote c, boolean inserted) {
    if (!inserted) {
      DocumentNumbers.releaseOthers(tx, c.uuid(), DocumentNumbers.CREDIT_NOTE, Optional.of(c.number()));
    }
  }
}
