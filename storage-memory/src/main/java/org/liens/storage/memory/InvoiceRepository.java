package org.liens.storage.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.Invoices;
import org.liens.workshop.WorkshopSeriesId;

/** The invoices (R3, R10), by subject, agreement, number and issue date; a number belongs to one document. */
final class InvoiceRepository extends AggregateTable<Invoice, InvoiceId> implements Invoices {
  InvoiceRepository(Session session) {
    super(session, AggregateKind.INVOICE, session.store.invoices, Invoice::withVersion);
  }

  @Override
  void checkUniques(Invoice invoice) {
    invoice.number().ifPresent(n -> requireFreeNumber(n, invoice.uuid()));
  }

  @Override
  public Optional<Invoice> findByNumber(InvoiceNumber number) {
    session.usable();
    return table.rows(store.invoicesByNumber.get(Checks.required(number, "number"))).stream().findFirst();
  }

  @Override
  public List<Invoice> issuedBetween(LocalDate from, LocalDate to) {
    return between(store.invoicesByIssueDate, from, to, BY_NUMBER);
  }

  @Override
  public List<Invoice> ofAccompaniment(AccompanimentId accompaniment) {
    return ofSubject(Checks.required(accompaniment, "accompaniment").value());
  }

  @Override
  public List<Invoice> ofWorkshopSeries(WorkshopSeriesId workshop) {
    return ofSubject(Checks.required(workshop, "series").value());
  }

  @Override
  public List<Invoice> ofAgreement(AgreementId agreement) {
    return session.query(table, store.invoicesByAgreement.get(Checks.required(agreement, "agreement").value()),
        BY_DRAFT);
  }

  private List<Invoice> ofSubject(UUID subject) {
    return session.query(table, store.invoicesBySubject.get(subject), BY_DRAFT);
  }
}
