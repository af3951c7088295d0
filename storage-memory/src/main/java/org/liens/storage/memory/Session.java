package org.liens.storage.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
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
 * The repositories handed to one callback of {@link InMemoryStorage#inTransaction} (a journal: writable) or
 * {@link InMemoryStorage#read} (no journal: read-only). Once the callback has returned, every call fails with
 * {@link IllegalStateException}, as with the JDBC adapter.
 */
final class Session implements Repositories {
  final MemoryStore store;
  private final Journal journal;
  private boolean closed;

  Session(MemoryStore store, Journal journal) {
    this.store = store;
    this.journal = journal;
  }

  void close() {
    closed = true;
  }

  void usable() {
    if (closed) {
      throw new IllegalStateException("these repositories belong to a finished transaction");
    }
  }

  /** The journal of the transaction; fails in a read-only session. */
  Journal writable() {
    usable();
    if (journal == null) {
      throw new IllegalStateException("read-only: save inside Storage.inTransaction");
    }
    return journal;
  }

  /** The rows of {@code table} with these ids, in the port's {@code order}. */
  <A> List<A> query(Table<UUID, A> table, Collection<UUID> ids, Comparator<A> order) {
    usable();
    List<A> rows = table.rows(ids);
    rows.sort(order);
    return List.copyOf(rows);
  }

  @Override
  public Households households() {
    return new HouseholdRepository(this);
  }

  @Override
  public Orientations orientations() {
    return new OrientationRepository(this);
  }

  @Override
  public PartnerCatalogue partnerCatalogue() {
    usable();
    return new PartnerCatalogueRepository(this);
  }

  @Override
  public Organisations organisations() {
    return new OrganisationRepository(this);
  }

  @Override
  public StaffRegistry staff() {
    return new StaffRepository(this);
  }

  @Override
  public Referrals referrals() {
    return new ReferralRepository(this);
  }

  @Override
  public Accompaniments accompaniments() {
    return new AccompanimentRepository(this);
  }

  @Override
  public FundingAgreements fundingAgreements() {
    return new FundingAgreementRepository(this);
  }

  @Override
  public Quotes quotes() {
    return new QuoteRepository(this);
  }

  @Override
  public WorkshopSeriesStore workshopSeries() {
    return new WorkshopSeriesRepository(this);
  }

  @Override
  public Invoices invoices() {
    return new InvoiceRepository(this);
  }

  @Override
  public CreditNotes creditNotes() {
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
  public EventOutbox outbox() {
    usable();
    return new OutboxRepository(this);
  }

  @Override
  public AuditTrail auditTrail() {
    usable();
    return new AuditRepository(this);
  }
}
