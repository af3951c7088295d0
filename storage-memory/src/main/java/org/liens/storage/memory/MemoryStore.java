package org.liens.storage.memory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.liens.accompaniment.AccompanimentId;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationState;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.NumberSeries;
import org.liens.billing.SequencePosition;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Referral;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteId;
import org.liens.workshop.WorkshopSeries;

/**
 * Everything the in-memory adapter keeps: one {@link Table} per aggregate kind (rows by UUID) with the indexes the
 * queries of the ports read, the invoice number sequences, the outbox, the audit trail, and the lock and journal of
 * the transactions. Write transactions are serial (a write lock held for the whole callback); reads share a read lock
 * and see only committed data. Every change registers its undo in the transaction's {@link Journal}.
 */
final class MemoryStore {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<Journal> transaction = new ThreadLocal<>();

  final Table<UUID, Household> households = new Table<>();
  final Table<UUID, Organisation> organisations = new Table<>();
  final Table<UUID, Referral> referrals = new Table<>();
  final Index<HouseholdId, UUID, Referral> referralsByHousehold = referrals.index(r -> List.of(r.household()));
  final Index<Boolean, UUID, Referral> undecidedReferrals =
      referrals.index(r -> r.status().isTerminal() ? List.of() : List.of(Boolean.TRUE));
  final Table<UUID, Accompaniment> accompaniments = new Table<>();
  final Index<HouseholdId, UUID, Accompaniment> accompanimentsByHousehold =
      accompaniments.index(a -> List.of(a.household()));
  final SortedIndex<Boolean> openAccompaniments =
      sorted(a -> a.isOpen() ? List.of(Boolean.TRUE) : List.of());
  final SortedIndex<OrganisationId> openByPrescriber =
      sorted(a -> a.isOpen() && a.sharesProgressWithPrescriber() ? a.prescriber().map(List::of).orElse(List.of())
          : List.of());
  final SortedIndex<StaffId> openByEducator = sorted(a -> a.isOpen() ? a.team() : List.of());
  final SortedIndex<OrganisationId> openByFunder = sorted(a -> a.isOpen() ? List.of(a.funder()) : List.of());
  final RangeIndex<LocalDate, UUID, Accompaniment> activeByLastDay =
      accompaniments.range(a -> a.status() == AccompanimentStatus.ACTIVE ? a.lastDay() : Optional.empty());
  final Table<UUID, FundingAgreement> agreements = new Table<>();
  final Index<OfferCode, UUID, FundingAgreement> agreementsWithPlacesLeft =
      agreements.index(FundingAgreement::offersWithPlacesLeft);
  final Index<OrganisationId, UUID, FundingAgreement> agreementsByFunder =
      agreements.index(a -> a.funders().stream().map(FunderShare::funder).toList());
  final Table<UUID, Quote> quotes = new Table<>();
  final Index<OrganisationId, UUID, Quote> quotesByClient = quotes.index(q -> List.of(q.client()));
  final Table<UUID, WorkshopSeries> series = new Table<>();
  final Index<QuoteId, UUID, WorkshopSeries> seriesByQuote = series.index(w -> List.of(w.quote()));
  final Table<UUID, Invoice> invoices = new Table<>();
  final Index<UUID, UUID, Invoice> invoicesBySubject = invoices.index(i -> List.of(i.subject().uuid()));
  final Index<UUID, UUID, Invoice> invoicesByAgreement =
      invoices.index(i -> i.agreement().map(r -> List.of(r.id().value())).orElse(List.of()));
  final Index<InvoiceNumber, UUID, Invoice> invoicesByNumber = invoices.index(i -> i.number().stream().toList());
  final RangeIndex<LocalDate, UUID, Invoice> invoicesByIssueDate = invoices.range(Invoice::issuedOn);
  final Table<UUID, CreditNote> creditNotes = new Table<>();
  final Index<UUID, UUID, CreditNote> creditNotesByInvoice = creditNotes.index(c -> List.of(c.invoice().value()));
  final Index<UUID, UUID, CreditNote> creditNotesBySubject = creditNotes.index(c -> List.of(c.subject().uuid()));
  final Index<InvoiceNumber, UUID, CreditNote> creditNotesByNumber = creditNotes.index(c -> List.of(c.number()));
  final RangeIndex<LocalDate, UUID, CreditNote> creditNotesByIssueDate =
      creditNotes.range(c -> Optional.of(c.issuedOn()));

  final AuditLog audit = new AuditLog();
  final FigureFactsLog figures = new FigureFactsLog();
  final FinanceFactsLog finance = new FinanceFactsLog();
  final Table<UUID, StaffMember> staff = new Table<>();
  final Index<OrganisationId, UUID, StaffMember> staffByOrganisation = staff.index(m -> List.of(m.organisation()));

  final Table<UUID, Orientation> orientations = new Table<>();
  final Index<AccompanimentId, UUID, Orientation> orientationsByAccompaniment =
      orientations.index(o -> List.of(o.accompaniment()));
  final Index<HouseholdId, UUID, Orientation> orientationsByHousehold = orientations.index(o -> List.of(o.household()));
  final Index<Boolean, UUID, Orientation> pendingOrientations = orientations.index(o ->
      o.state() == OrientationState.PROPOSED || (o.state() == OrientationState.ACCEPTED && o.outcome().isEmpty())
          ? List.of(Boolean.TRUE) : List.of());
  final RangeIndex<LocalDate, UUID, Orientation> orientationsByProposal =
      orientations.range(o -> Optional.of(o.proposedOn()));

  /** The partner catalogue (issue 16), public data: indexes of its own. */
  final PartnerIndex partners = new PartnerIndex();

  final Map<NumberSeries, SequencePosition> sequences = new HashMap<>();
  final TreeMap<Long, DomainEvent> pendingEvents = new TreeMap<>();
  /** The sequence number of every event appended, by event id. */
  final UuidTable eventSequence = new UuidTable();
  /** Every event kept, pending or acknowledged, by aggregate: the histories. */
  final Map<UUID, List<DomainEvent>> eventsByAggregate = new HashMap<>();
  long nextEventSequence;

  /** A caseload index of the accompaniments, kept in the caseload order on every write and rollback. */
  private <K> SortedIndex<K> sorted(Function<Accompaniment, java.util.Collection<K>> keys) {
    SortedIndex<K> index = new SortedIndex<>(keys);
    accompaniments.follow(index::replace);
    return index;
  }

  /** The table of each aggregate kind, where its references are looked for. */
  Table<UUID, ?> tableOf(AggregateKind kind) {
    return switch (kind) {
      case HOUSEHOLD -> households;
      case ORGANISATION -> organisations;
      case REFERRAL -> referrals;
      case ACCOMPANIMENT -> accompaniments;
      case FUNDING_AGREEMENT -> agreements;
      case QUOTE -> quotes;
      case WORKSHOP_SERIES -> series;
      case INVOICE -> invoices;
      case CREDIT_NOTE -> creditNotes;
      case STAFF_MEMBER -> staff;
      case ORIENTATION -> orientations;
    };
  }

  /**
   * Runs {@code work} in a write transaction, rolled back through its journal if it throws; joins the transaction
   * of this thread if there is one.
   */
  <T> T write(Function<Session, T> work) {
    Checks.required(work, "work");
    Journal joined = transaction.get();
    if (joined != null) {
      return work.apply(new Session(this, joined));
    }
    if (lock.getReadHoldCount() > 0) {
      // a read lock cannot be upgraded: waiting for the write lock here would wait forever
      throw new IllegalStateException("cannot open a transaction inside Storage.read");
    }
    lock.writeLock().lock();
    Journal journal = new Journal();
    transaction.set(journal);
    Session session = new Session(this, journal);
    try {
      return work.apply(session);
    } catch (RuntimeException | Error e) {
      journal.rollback();
      throw e;
    } finally {
      session.close();
      transaction.remove();
      lock.writeLock().unlock();
    }
  }

  /** Runs {@code work} read-only, on committed data (or inside the transaction of this thread, if there is one). */
  <T> T read(Function<Session, T> work) {
    Checks.required(work, "work");
    Journal joined = transaction.get();
    if (joined != null) {
      return work.apply(new Session(this, null));
    }
    lock.readLock().lock();
    Session session = new Session(this, null);
    try {
      return work.apply(session);
    } finally {
      session.close();
      lock.readLock().unlock();
    }
  }
}
