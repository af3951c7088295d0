package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.billing.AgreementRef;
import org.liens.billing.BillingSubject;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceLine;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.InvoiceStatus;
import org.liens.billing.Party;
import org.liens.billing.Seller;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Percentage;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.Invoices;
import org.liens.workshop.WorkshopSeriesId;

/**
 * {@code liens_invoice}: status, subject (an accompaniment or a workshop series), funder, agreement, the funder's
 * share (exact decimal), dates, number and the totals in cents as columns; client, seller, lines, mentions and the
 * totals per VAT regime as JSON. An issued invoice's number is registered in {@code liens_document_number}
 * ({@link DocumentNumbers}) before its row is written.
 */
final class InvoiceRepository extends AggregateTable<Invoice, InvoiceId> implements Invoices {
  static final String TABLE = "liens_invoice";
  static final List<String> COLUMNS = List.of("status", "accompaniment_id", "workshop_series_id", "funder_id",
      "client", "seller", "agreement_id", "agreement_reference", "funder_share", "invoice_lines", "mentions",
      "drafted_on", "number_prefix", "number_year", "number_sequence", "issued_on", "due_on", "discarded_on",
      "total_net_cents", "total_vat_cents", "total_cents", "vat_totals");

  InvoiceRepository(Session session) {
    super(session, AggregateKind.INVOICE, TABLE, "i", COLUMNS, InvoiceRepository::invoice, Invoice::withVersion);
  }

  // ------------------------------------------------------------------ queries

  @Override
  public Optional<Invoice> findByNumber(InvoiceNumber number) {
    Checks.required(number, "number");
    return one("find invoice by number", DocumentNumbers.numberIs("i"),
        args -> DocumentNumbers.bindNumber(args, number));
  }

  @Override
  public List<Invoice> issuedBetween(LocalDate from, LocalDate to) {
    Checks.required(from, "from");
    Checks.required(to, "to");
    return list("list invoices issued between two dates", "i.issued_on BETWEEN ? AND ?",
        args -> args.date(from).date(to), "i.issued_on", BY_NUMBER);
  }

  @Override
  public List<Invoice> ofAccompaniment(AccompanimentId accompaniment) {
    Checks.required(accompaniment, "accompaniment");
    return list("list invoices of an accompaniment", "i.accompaniment_id = ?",
        args -> args.uuid(accompaniment.value()), "i.drafted_on", BY_DRAFT);
  }

  @Override
  public List<Invoice> ofWorkshopSeries(WorkshopSeriesId series) {
    Checks.required(series, "series");
    return list("list invoices of a workshop series", "i.workshop_series_id = ?",
        args -> args.uuid(series.value()), "i.drafted_on", BY_DRAFT);
  }

  @Override
  public List<Invoice> ofAgreement(AgreementId agreement) {
    Checks.required(agreement, "agreement");
    return list("list invoices of an agreement", "i.agreement_id = ?", args -> args.uuid(agreement.value()),
        "i.drafted_on", BY_DRAFT);
  }

  static Invoice invoice(Row row) throws SQLException {
    return Invoice.builder()
        .id(InvoiceId.of(row.uuid("id")))
        .version(row.number("version"))
        .status(row.name("status", InvoiceStatus.class))
        .subject(subject(row))
        .funder(OrganisationId.of(row.uuid("funder_id")))
        .client(row.json("client", Party.class))
        .seller(row.json("seller", Seller.class))
        .agreement(agreement(row))
        .share(Percentage.of(row.decimal("funder_share")))
        .lines(row.jsonList("invoice_lines", InvoiceLine.class))
        .mentions(row.jsonList("mentions", String.class))
        .draftedOn(row.date("drafted_on"))
        .number(DocumentNumbers.read(row))
        .issuedOn(row.optionalDate("issued_on"))
        .dueOn(row.optionalDate("due_on"))
        .discardedOn(row.optionalDate("discarded_on"))
        .build();
  }

  /** The subject in the columns {@code accompaniment_id} and {@code workshop_series_id}, one of which is set. */
  static BillingSubject subject(Row row) throws SQLException {
    Optional<AccompanimentId> accompaniment = row.optionalUuid("accompaniment_id").map(AccompanimentId::of);
    return accompaniment.isPresent()
        ? BillingSubject.of(accompaniment.get())
        : BillingSubject.of(WorkshopSeriesId.of(row.uuid("workshop_series_id")));
  }

  /** The agreement in the columns {@code agreement_id} and {@code agreement_reference}, if any. */
  static Optional<AgreementRef> agreement(Row row) throws SQLException {
    Optional<AgreementId> agreement = row.optionalUuid("agreement_id").map(AgreementId::of);
    return agreement.isEmpty() ? Optional.empty()
        : Optional.of(new AgreementRef(agreement.get(), row.text("agreement_reference")));
  }

  /** Binds {@code agreement_id} and {@code agreement_reference}. */
  static Args bindAgreement(Args args, Optional<AgreementRef> agreement) throws SQLException {
    return args.uuid(agreement.map(r -> r.id().value())).text(agreement.map(AgreementRef::reference));
  }

  /** Binds {@code accompaniment_id} and {@code workshop_series_id}. */
  static Args bindSubject(Args args, BillingSubject subject) throws SQLException {
    if (subject instanceof BillingSubject.OfAccompaniment a) {
      return args.uuid(a.accompaniment().value()).uuid((java.util.UUID) null);
    }
    return args.uuid((java.util.UUID) null).uuid(((BillingSubject.OfWorkshopSeries) subject).series().value());
  }

  // ------------------------------------------------------------------ writes

  @Override
  void bind(Args args, Invoice i, boolean links) throws SQLException {
    args.name(i.status());
    bindSubject(args, i.subject())
        .uuid(i.funder().value())
        .json(i.client())
        .json(i.seller());
    bindAgreement(args, i.agreement())
        .decimal(i.share().value())
        .json(i.lines())
        .json(i.mentions())
        .date(i.draftedOn())
        .text(i.number().map(InvoiceNumber::prefix))
        .integer(i.number().map(InvoiceNumber::year))
        .number(i.number().map(InvoiceNumber::sequence))
        .date(i.issuedOn())
        .date(i.dueOn())
        .date(i.discardedOn())
        .number(i.totalNet().cents())
        .number(i.totalVat().cents())
        .number(i.total().cents())
        .json(i.vatTotals());
  }

  /** A number belongs to one document, invoice or credit note. */
  @Override
  List<Unique> uniques(Invoice i) {
    return i.number().map(n -> List.of(DocumentNumbers.free(n, i.uuid()))).orElse(List.of());
  }

  @Override
  Runnable writeBefore(Invoice i) {
    return i.number().map(n -> DocumentNumbers.register(tx, n, i.uuid(), DocumentNumbers.INVOICE)).orElse(null);
  }

  @Override
  void writeChildren(Invoice i, boolean inserted) {
    if (!inserted) {
      DocumentNumbers.releaseOthers(tx, i.uuid(), DocumentNumbers.INVOICE, i.number());
    }
  }
}
