package org.liens.storage.jdbc;

import static org.liens.storage.jdbc.Codecs.CENTS;
import static org.liens.storage.jdbc.Codecs.ORGANISATION;
import static org.liens.storage.jdbc.Columns.DATE;
import static org.liens.storage.jdbc.Columns.DECIMAL;
import static org.liens.storage.jdbc.Columns.OPTIONAL_DATE;
import static org.liens.storage.jdbc.Columns.json;
import static org.liens.storage.jdbc.Columns.jsonList;
import static org.liens.storage.jdbc.Columns.name;

import java.time.LocalDate;
import java.util.List;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.billing.ImmutableInvoice.Builder;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceLine;
import org.liens.billing.InvoiceStatus;
import org.liens.billing.Party;
import org.liens.billing.Seller;
import org.liens.billing.VatTotal;
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
final class InvoiceRepository extends DocumentTable<Invoice, InvoiceId> implements Invoices {
  static final String TABLE = "liens_invoice";
  static final Columns<Invoice, Builder> MAPPING = Columns.<Invoice, Builder>of(
          Invoice::builder, Builder::build, (b, id) -> b.id(InvoiceId.of(id)), Builder::version)
      .column("status", name(InvoiceStatus.class), Invoice::status, Builder::status)
      .group(SUBJECT, Invoice::subject, Builder::subject)
      .column("funder_id", ORGANISATION, Invoice::funder, Builder::funder)
      .column("client", json(Party.class), Invoice::client, Builder::client)
      .column("seller", json(Seller.class), Invoice::seller, Builder::seller)
      .group(AGREEMENT, Invoice::agreement, Builder::agreement)
      .column("funder_share", DECIMAL.map(Percentage::of, Percentage::value), Invoice::share, Builder::share)
      .column("invoice_lines", jsonList(InvoiceLine.class), Invoice::lines, Builder::lines)
      .column("mentions", jsonList(String.class), Invoice::mentions, Builder::mentions)
      .column("drafted_on", DATE, Invoice::draftedOn, Builder::draftedOn)
      .group(NUMBER, Invoice::number, Builder::number)
      .column("issued_on", OPTIONAL_DATE, Invoice::issuedOn, Builder::issuedOn)
      .column("due_on", OPTIONAL_DATE, Invoice::dueOn, Builder::dueOn)
      .column("discarded_on", OPTIONAL_DATE, Invoice::discardedOn, Builder::discardedOn)
      .derived("total_net_cents", CENTS, Invoice::totalNet)
      .derived("total_vat_cents", CENTS, Invoice::totalVat)
      .derived("total_cents", CENTS, Invoice::total)
      .derived("vat_totals", jsonList(VatTotal.class), Invoice::vatTotals);

  InvoiceRepository(Session session) {
    super(session, AggregateKind.INVOICE, TABLE, "i", MAPPING, Invoice::withVersion, DocumentNumbers.INVOICE,
        Invoice::number);
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
}
