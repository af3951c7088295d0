package org.liens.storage;

/**
 * The storage ports, as seen from inside one transaction ({@link Storage#inTransaction}). Do not keep a reference
 * beyond the callback: it is bound to its transaction.
 */
public interface Repositories {
  /** {@return the households} */
  Households households();

  /** {@return the organisations: prescribers, funders, partners (R12)} */
  Organisations organisations();

  /** {@return the staff members: educators, practitioners, coordinators} */
  StaffRegistry staff();

  /** {@return the referrals (prescriptions) received} */
  Referrals referrals();

  /** {@return the accompaniments (MIP, MADI, MAPA, ARCS)} */
  Accompaniments accompaniments();

  /** {@return the outbox of domain events, written in the same transaction as the change that emitted them} */
  EventOutbox outbox();

  /**
   * Funding agreements (R10).
   *
   * @return the funding agreements
   */
  FundingAgreements fundingAgreements();

  /**
   * Quotes for group workshops.
   *
   * @return the quotes
   */
  Quotes quotes();

  /**
   * Workshop series opened from accepted quotes.
   *
   * @return the workshop series
   */
  WorkshopSeriesStore workshopSeries();

  /**
   * Invoices.
   *
   * @return the invoices
   */
  Invoices invoices();

  /**
   * Credit notes.
   *
   * @return the credit notes
   */
  CreditNotes creditNotes();

  /**
   * Gapless numbering of invoices and credit notes.
   *
   * @return the numbering sequences
   */
  InvoiceNumberSequences invoiceNumberSequences();

  /**
   * The audit trail of who read or changed which personal data (issue 9): append-only, written in the transaction
   * of the operation it records.
   *
   * @return the audit trail
   */
  AuditTrail auditTrail();

  /**
   * The facts the published figures are computed from, in recorded time (issue 12). The default, for an adapter
   * written before figures existed, records nothing and refuses to count ({@link FigureFacts#UNSUPPORTED}).
   *
   * @return the figure facts
   */
  default FigureFacts figureFacts() {
    return FigureFacts.UNSUPPORTED;
  }

  /**
   * The partner-service catalogue (issue 16). An adapter written before it throws
   * {@link UnsupportedOperationException}, and only the catalogue's use cases fail.
   *
   * @return the partner catalogue
   */
  default PartnerCatalogue partnerCatalogue() {
    throw new UnsupportedOperationException("this storage adapter does not store the partner catalogue");
  }

  /**
   * Orientations to partner services (issue 16). An adapter written before them throws
   * {@link UnsupportedOperationException}, and only the orientation use cases fail.
   *
   * @return the orientations
   */
  default Orientations orientations() {
    throw new UnsupportedOperationException("this storage adapter does not store orientations");
  }

  /**
   * The statements this transaction has sent to the database so far, for the observers' statements per use case
   * ({@code org.liens.observe}). An adapter that counts returns a number that only grows during the transaction (a
   * batch counts once); the default, for an adapter that does not count, is always {@code 0}.
   *
   * @return the statements sent so far in this transaction, or {@code 0}
   */
  default long statementCount() {
    return 0;
  }
}
