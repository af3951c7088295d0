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

  // The money side. Default methods keep adapters written before it compiling; they fail when used.

  /** Funding agreements (R10). */
  default FundingAgreements fundingAgreements() {
    throw unsupported("funding agreements");
  }

  /** Quotes for group workshops. */
  default Quotes quotes() {
    throw unsupported("quotes");
  }

  /** Workshop series opened from accepted quotes. */
  default WorkshopSeriesStore workshopSeries() {
    throw unsupported("workshop series");
  }

  /** Invoices. */
  default Invoices invoices() {
    throw unsupported("invoices");
  }

  /** Credit notes. */
  default CreditNotes creditNotes() {
    throw unsupported("credit notes");
  }

  /** Gapless numbering of invoices and credit notes. */
  default InvoiceNumberSequences invoiceNumberSequences() {
    throw unsupported("invoice numbering");
  }

  private UnsupportedOperationException unsupported(String what) {
    return new UnsupportedOperationException(getClass().getName() + " does not store " + what);
  }
}
