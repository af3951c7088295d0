package org.liens.storage;

import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;
import org.liens.workshop.WorkshopSeriesId;

/**
 * Invoices, drafts included, of one seller: numbers are unique within a storage, so a host that invoices for
 * several organisations gives each its own storage. Saving one whose funder, agreement, accompaniment or workshop series does not exist
 * is a dangling reference; a number already given to another invoice or credit note is a duplicate
 * ({@code DUPLICATE_ID}). Lists of a subject or agreement are ordered by draft date then id; lists of a period
 * by number.
 */
public interface Invoices extends AggregateStore<Invoice, InvoiceId> {

  /** The order of the lists of a subject or an agreement: draft date, then id (any tie-break is allowed). */
  Comparator<Invoice> BY_DRAFT = Comparator.comparing(Invoice::draftedOn).thenComparing(i -> i.id().value());

  /** The order of {@link #issuedBetween}: number. */
  Comparator<Invoice> BY_NUMBER = Comparator.comparing((Invoice i) -> i.number().orElseThrow());

  /**
   * {@return the issued invoice with this number}
   *
   * @param number the invoice's number
   */
  Optional<Invoice> findByNumber(InvoiceNumber number);

  /**
   * {@return the invoices issued between {@code from} and {@code to}, both included, by number}
   *
   * @param from the first day, included
   * @param to the last day, included
   */
  List<Invoice> issuedBetween(LocalDate from, LocalDate to);

  /**
   * {@return every invoice (draft, issued, discarded) of an accompaniment}
   *
   * @param accompaniment the accompaniment
   */
  List<Invoice> ofAccompaniment(AccompanimentId accompaniment);

  /**
   * {@return every invoice of a workshop series}
   *
   * @param series the workshop series
   */
  List<Invoice> ofWorkshopSeries(WorkshopSeriesId series);

  /**
   * {@return every invoice issued or drafted under a funding agreement}
   *
   * @param agreement the funding agreement
   */
  List<Invoice> ofAgreement(AgreementId agreement);
}
