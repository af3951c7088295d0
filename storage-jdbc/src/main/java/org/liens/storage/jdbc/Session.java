package org.liens.storage.jdbc;

import org.liens.storage.Accompaniments;
import org.liens.storage.AuditTrail;
import org.liens.storage.CreditNotes;
import org.liens.storage.EventOutbox;
import org.liens.storage.FundingAgreements;
import org.liens.storage.Households;
import org.liens.storage.InvoiceNumberSequences;
import org.liens.storage.Invoices;
import org.liens.storage.Organisations;
import org.liens.storage.Orientations;
import org.liens.storage.PartnerCatalogue;
import org.liens.storage.Quotes;
import org.liens.storage.Referrals;
import org.liens.storage.Repositories;
import org.liens.storage.StaffRegistry;
import org.liens.storage.WorkshopSeriesStore;

/**
 * The repositories handed to one callback of {@link JdbcStorage#inTransaction} (writable) or
 * {@link JdbcStorage#read} (read-only). A read nested in a transaction shares its connection, and sees its writes.
 * Once the transaction has ended, every call fails with {@link IllegalStateException}, as with the in-memory
 * adapter.
 */
final class Session implements Repositories {
  final Transaction transaction;
  private final boolean readOnly;

  Session(Transaction transaction, boolean readOnly) {
    this.transaction = transaction;
    this.readOnly = readOnly;
  }

  void usable() {
    if (transaction.ended()) {
      throw new IllegalStateException("these repositories belong to a finished transaction");
    }
  }

  void writable() {
    usable();
    if (readOnly) {
      throw new IllegalStateException("read-only: save inside Storage.inTransaction");
    }
  }

  boolean readOnly() {
    return readOnly;
  }

  @Override
  public Households households() {
    usable();
    return new HouseholdRepository(this);
  }

  @Override
  public Organisations organisations() {
    usable();
    return new OrganisationRepository(this);
  }

  @Override
  public Orientations orientations() {
    usable();
    return new OrientationRepository(this);
  }

  @Override
  public PartnerCatalogue partnerCatalogue() {
    usable();
    return new PartnerCatalogueRepository(this);
  }

  @Override
  public StaffRegistry staff() {
    usable();
    return new StaffRepository(this);
  }

  @Override
  public Referrals referrals() {
    usable();
    return new ReferralRepository(this);
  }

  @Override
  public Accompaniments accompaniments() {
    usable();
    return new AccompanimentRepository(this);
  }

  @Override
  public EventOutbox outbox() {
    usable();
    return new OutboxRepository(this);
  }

  @Override
  public FundingAgreements fundingAgreements() {
    usable();
    return new FundingAgreementRepository(this);
  }

  @Override
  public Quotes quotes() {
    usable();
    return new QuoteRepository(this);
  }

  @Override
  public WorkshopSeriesStore workshopSeries() {
    usable();
    return new WorkshopSeriesRepository(this);
  }

  @Override
  public Invoices invoices() {
    usable();
    return new InvoiceRepository(this);
  }

  @Override
  public CreditNotes creditNotes() {
    usable();
    return new CreditNoteRepository(this);
  }

  @Override
  public InvoiceNumberSequences invoiceNumberSequences() {
    usable();
    return new InvoiceNumberSequenceRepository(this);
  }

  @Override
  public org.liens.storage.FigureFacts figureFacts() {
    usable();
    return new FigureFactsRepository(this);
  }

  @Override
  public AuditTrail auditTrail() {
    usable();
    return new AuditRepository(this);
  }

  /** {@return the statements sent on this session's transaction so far: a read nested in it shares its count} */
  @Override
  public long statementCount() {
    return transaction.statements();
  }
}
