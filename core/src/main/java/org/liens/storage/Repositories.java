package org.liens.storage;

/**
 * The storage ports, as seen from inside one transaction ({@link Storage#inTransaction}). Do not keep a reference
 * beyond the callback: it is bound to its transaction.
 */
public interface Repositories {
  Households households();

  Organisations organisations();

  Referrals referrals();

  Accompaniments accompaniments();

  EventOutbox outbox();

  /** Funding agreements (R10). */
  FundingAgreements fundingAgreements();

  /** Quotes for group workshops. */
  Quotes quotes();

  /** Workshop series opened from accepted quotes. */
  WorkshopSeriesStore workshopSeries();

  /** Invoices. */
  Invoices invoices();

  /** Credit notes. */
  CreditNotes creditNotes();

  /** Gapless numbering of invoices and credit notes. */
  InvoiceNumberSequences invoiceNumberSequences();
}
