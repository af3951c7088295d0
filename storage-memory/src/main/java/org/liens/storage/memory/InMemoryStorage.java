package org.liens.storage.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.BiFunction;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.EducatorId;
import org.liens.agreement.AgreementId;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.agreement.Place;
import org.liens.agreement.WaitlistEntry;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
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
import org.liens.referral.ReferralId;
import org.liens.shared.Aggregate;
import org.liens.shared.Checks;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.storage.Accompaniments;
import org.liens.storage.AggregateStore;
import org.liens.storage.CreditNotes;
import org.liens.storage.EventOutbox;
import org.liens.storage.FundingAgreements;
import org.liens.storage.Households;
import org.liens.storage.InvoiceNumberSequences;
import org.liens.storage.Invoices;
import org.liens.storage.Organisations;
import org.liens.storage.Quotes;
import org.liens.storage.Referrals;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;
import org.liens.storage.WorkshopSeriesStore;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteId;
import org.liens.workshop.WorkshopSeries;
import org.liens.workshop.WorkshopSeriesId;

/**
 * The in-memory storage adapter: thread-safe, transactional, indexed. For tests, demos and hosts that keep their
 * data elsewhere; nothing survives the JVM.
 *
 * <p><b>Isolation.</b> Write transactions are serialisable: they run one at a time, holding a write lock for the
 * whole callback. Read-only calls ({@link #read}) run concurrently with each other and see only committed data,
 * never a transaction in progress. A transaction that throws is rolled back through an undo log, indexes
 * included. A call to {@link #inTransaction} from inside a transaction on the same thread joins it.
 *
 * <p><b>Queries.</b> Every query of the ports is answered from an index (caseload per prescriber, educator,
 * funder; accompaniments by last day; by household; agreements by offer with places left and by funder; quotes by
 * client; invoices by subject, agreement, number and issue date; credit notes by invoice, number and issue date),
 * never by scanning all rows.
 *
 * <p><b>Numbering.</b> Invoice number sequences live in the same transaction as everything else: a rolled-back
 * transaction gives its numbers back, so series have no gaps.
 */
public final class InMemoryStorage implements Storage {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<Journal> transaction = new ThreadLocal<>();

  private final Table<HouseholdId, Household> households = new Table<>();
  private final Table<OrganisationId, Organisation> organisations = new Table<>();
  private final Table<ReferralId, Referral> referrals = new Table<>();
  private final Index<HouseholdId, ReferralId, Referral> referralsByHousehold =
      referrals.index(r -> List.of(r.household()));
  private final Table<AccompanimentId, Accompaniment> accompaniments = new Table<>();
  private final Index<HouseholdId, AccompanimentId, Accompaniment> accompanimentsByHousehold =
      accompaniments.index(a -> List.of(a.household()));
  private final Index<Boolean, AccompanimentId, Accompaniment> openAccompaniments =
      accompaniments.index(a -> a.isOpen() ? List.of(Boolean.TRUE) : List.of());
  private final Index<OrganisationId, AccompanimentId, Accompaniment> openByPrescriber =
      accompaniments.index(a -> a.isOpen() ? a.prescriber().stream().toList() : List.of());
  private final Index<EducatorId, AccompanimentId, Accompaniment> openByEducator =
      accompaniments.index(a -> a.isOpen() ? a.team() : List.of());
  private final Index<OrganisationId, AccompanimentId, Accompaniment> openByFunder =
      accompaniments.index(a -> a.isOpen() ? List.of(a.funder()) : List.of());
  private final RangeIndex<LocalDate, AccompanimentId, Accompaniment> activeByLastDay =
      accompaniments.range(a -> a.status() == AccompanimentStatus.ACTIVE ? a.lastDay() : Optional.empty());
  private final Table<AgreementId, FundingAgreement> agreements = new Table<>();
  private final Index<OfferCode, AgreementId, FundingAgreement> agreementsWithPlacesLeft =
      agreements.index(FundingAgreement::offersWithPlacesLeft);
  private final Index<OrganisationId, AgreementId, FundingAgreement> agreementsByFunder =
      agreements.index(a -> a.funders().stream().map(FunderShare::funder).toList());
  private final Table<QuoteId, Quote> quotes = new Table<>();
  private final Index<OrganisationId, QuoteId, Quote> quotesByClient = quotes.index(q -> List.of(q.client()));
  private final Table<WorkshopSeriesId, WorkshopSeries> series = new Table<>();
  private final Index<QuoteId, WorkshopSeriesId, WorkshopSeries> seriesByQuote = series.index(w -> List.of(w.quote()));
  private final Table<InvoiceId, Invoice> invoices = new Table<>();
  private final Index<UUID, InvoiceId, Invoice> invoicesBySubject = invoices.index(i -> List.of(i.subject().uuid()));
  private final Index<AgreementId, InvoiceId, Invoice> invoicesByAgreement =
      invoices.index(i -> i.agreement().map(r -> List.of(r.id())).orElse(List.of()));
  private final Index<InvoiceNumber, InvoiceId, Invoice> invoicesByNumber =
      invoices.index(i -> i.number().stream().toList());
  private final RangeIndex<LocalDate, InvoiceId, Invoice> invoicesByIssueDate = invoices.range(Invoice::issuedOn);
  private final Table<CreditNoteId, CreditNote> creditNotes = new Table<>();
  private final Index<InvoiceId, CreditNoteId, CreditNote> creditNotesByInvoice =
      creditNotes.index(c -> List.of(c.invoice()));
  private final Index<UUID, CreditNoteId, CreditNote> creditNotesBySubject =
      creditNotes.index(c -> List.of(c.subject().uuid()));
  private final Index<InvoiceNumber, CreditNoteId, CreditNote> creditNotesByNumber =
      creditNotes.index(c -> List.of(c.number()));
  private final RangeIndex<LocalDate, CreditNoteId, CreditNote> creditNotesByIssueDate =
      creditNotes.range(c -> Optional.of(c.issuedOn()));
  private final Map<NumberSeries, SequencePosition> sequences = new HashMap<>();

  private final TreeMap<Long, DomainEvent> pendingEvents = new TreeMap<>();
  private final Map<UUID, Long> eventSequence = new HashMap<>();
  private long nextEventSequence;

  @Override
  public <T> T inTransaction(Function<Repositories, T> work) {
    Checks.required(work, "work");
    Journal joined = transaction.get();
    if (joined != null) {
      return work.apply(new Session(joined));
    }
    if (lock.getReadHoldCount() > 0) {
      // a read lock cannot be upgraded: waiting for the write lock here would wait forever
      throw new IllegalStateException("cannot open a transaction inside Storage.read");
    }
    lock.writeLock().lock();
    Journal journal = new Journal();
    transaction.set(journal);
    Session session = new Session(journal);
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

  @Override
  public <T> T read(Function<Repositories, T> work) {
    Checks.required(work, "work");
    Journal joined = transaction.get();
    if (joined != null) {
      return work.apply(new Session(null));
    }
    lock.readLock().lock();
    Session session = new Session(null);
    try {
      return work.apply(session);
    } finally {
      session.close();
      lock.readLock().unlock();
    }
  }

  /** The repositories of one transaction (journal present) or of one read (journal null). */
  private final class Session implements Repositories {
    private final Journal journal;
    private boolean closed;

    Session(Journal journal) {
      this.journal = journal;
    }

    void close() {
      closed = true;
    }

    Journal writable() {
      usable();
      if (journal == null) {
        throw new IllegalStateException("read-only: save inside Storage.inTransaction");
      }
      return journal;
    }

    void usable() {
      if (closed) {
        throw new IllegalStateException("these repositories belong to a finished transaction");
      }
    }

    <I> void requireExists(Table<I, ?> table, I id, String what) {
      if (!table.contains(id)) {
        throw new IntegrityViolationException(ErrorCode.DANGLING_REFERENCE, "no " + what + " " + id);
      }
    }

    <A> List<A> query(List<A> rows, Comparator<A> order) {
      usable();
      return sorted(rows, order);
    }

    /**
     * Find and save of one aggregate type, with optimistic versioning: insert at version 0, update at the stored
     * version, the references checked first ({@link #checkReferences}).
     */
    private abstract class Store<I, A extends Aggregate> implements AggregateStore<A, I> {
      final Table<I, A> table;
      private final Function<A, I> id;
      private final BiFunction<A, Long, A> atVersion;

      Store(Table<I, A> table, Function<A, I> id, BiFunction<A, Long, A> atVersion) {
        this.table = table;
        this.id = id;
        this.atVersion = atVersion;
        usable();
      }

      @Override
      public Optional<A> find(I key) {
        usable();
        return table.get(Checks.required(key, "id"));
      }

      @Override
      public A save(A aggregate) {
        Checks.required(aggregate, "aggregate");
        Journal j = writable();
        checkReferences(aggregate);
        I key = id.apply(aggregate);
        Optional<A> stored = table.get(key);
        if (aggregate.version() == 0 && stored.isPresent()) {
          throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID,
              aggregate.aggregateType() + " " + key + " already exists");
        }
        long storedVersion = stored.map(Aggregate::version).orElse(0L);
        if (aggregate.version() != storedVersion) {
          throw new ConcurrentUpdateException(ErrorCode.CONCURRENT_UPDATE, aggregate.aggregateType() + " " + key
              + " is at version " + storedVersion + ", the update was based on " + aggregate.version());
        }
        A saved = atVersion.apply(aggregate, storedVersion + 1);
        table.put(key, saved, j);
        return saved;
      }

      @Override
      public void lock(I key) {
        get(key); // write transactions are serial: existence is all there is to check
      }

      /** Fails with {@code DANGLING_REFERENCE} when the aggregate refers to one that does not exist. */
      void checkReferences(A aggregate) {}
    }

    private final class HouseholdStore extends Store<HouseholdId, Household> implements Households {
      HouseholdStore() {
        super(households, Household::id, Household::withVersion);
      }
    }

    private final class OrganisationStore extends Store<OrganisationId, Organisation> implements Organisations {
      OrganisationStore() {
        super(organisations, Organisation::id, Organisation::withVersion);
      }

      @Override
      public List<Organisation> all() {
        return query(new ArrayList<>(organisations.all()), Organisations.BY_NAME);
      }
    }

    private final class ReferralStore extends Store<ReferralId, Referral> implements Referrals {
      ReferralStore() {
        super(referrals, Referral::id, Referral::withVersion);
      }

      @Override
      void checkReferences(Referral referral) {
        requireExists(households, referral.household(), "household");
        referral.source().prescriber().ifPresent(p -> requireExists(organisations, p, "organisation"));
        requireExists(organisations, referral.funder(), "organisation");
        referral.succeeds().ifPresent(a -> requireExists(accompaniments, a, "accompaniment"));
        referral.accompaniment().ifPresent(a -> requireExists(accompaniments, a, "accompaniment"));
        referral.agreement().ifPresent(a -> requireExists(agreements, a, "funding agreement"));
      }

      @Override
      public List<Referral> ofHousehold(HouseholdId household) {
        return query(referrals.rows(referralsByHousehold.get(Checks.required(household, "household"))),
            Referrals.BY_RECEPTION);
      }
    }

    private final class AccompanimentStore extends Store<AccompanimentId, Accompaniment> implements Accompaniments {
      AccompanimentStore() {
        super(accompaniments, Accompaniment::id, Accompaniment::withVersion);
      }

      @Override
      void checkReferences(Accompaniment accompaniment) {
        requireExists(households, accompaniment.household(), "household");
        requireExists(referrals, accompaniment.referral(), "referral");
        accompaniment.prescriber().ifPresent(p -> requireExists(organisations, p, "organisation"));
        requireExists(organisations, accompaniment.funder(), "organisation");
        accompaniment.predecessor().ifPresent(p -> requireExists(accompaniments, p, "accompaniment"));
        accompaniment.successor().ifPresent(s -> requireExists(accompaniments, s, "accompaniment"));
        accompaniment.agreement().ifPresent(a -> requireExists(agreements, a, "funding agreement"));
      }

      @Override
      public List<Accompaniment> ofHousehold(HouseholdId household) {
        return byOpening(accompanimentsByHousehold.get(Checks.required(household, "household")));
      }

      @Override
      public List<Accompaniment> open() {
        return byOpening(openAccompaniments.get(Boolean.TRUE));
      }

      @Override
      public List<Accompaniment> openOfPrescriber(OrganisationId prescriber) {
        return byOpening(openByPrescriber.get(Checks.required(prescriber, "prescriber")));
      }

      @Override
      public List<Accompaniment> openOfEducator(EducatorId educator) {
        return byOpening(openByEducator.get(Checks.required(educator, "educator")));
      }

      @Override
      public List<Accompaniment> openOfFunder(OrganisationId funder) {
        return byOpening(openByFunder.get(Checks.required(funder, "funder")));
      }

      @Override
      public List<Accompaniment> endingBetween(LocalDate from, LocalDate to) {
        return query(accompaniments.rows(
            activeByLastDay.between(Checks.required(from, "from"), Checks.required(to, "to"))),
            Accompaniments.BY_LAST_DAY);
      }

      @Override
      public List<Contact> contactsOf(AccompanimentId accompaniment) {
        return find(accompaniment).map(Accompaniment::contacts).orElse(List.of());
      }

      private List<Accompaniment> byOpening(Collection<AccompanimentId> ids) {
        return query(accompaniments.rows(ids), Accompaniments.BY_OPENING);
      }
    }

    private final class AgreementStore extends Store<AgreementId, FundingAgreement> implements FundingAgreements {
      AgreementStore() {
        super(agreements, FundingAgreement::id, FundingAgreement::withVersion);
      }

      @Override
      void checkReferences(FundingAgreement agreement) {
        agreement.funders().forEach(f -> requireExists(organisations, f.funder(), "organisation"));
        agreement.places().stream().map(Place::accompaniment)
            .forEach(a -> requireExists(accompaniments, a, "accompaniment"));
        agreement.waitlist().stream().map(WaitlistEntry::accompaniment)
            .forEach(a -> requireExists(accompaniments, a, "accompaniment"));
      }

      @Override
      public List<FundingAgreement> withPlacesLeft(OfferCode offer, LocalDate on) {
        Checks.required(on, "on");
        List<FundingAgreement> found = agreements.rows(agreementsWithPlacesLeft.get(Checks.required(offer, "offer")));
        found.removeIf(a -> !a.period().contains(on));
        return query(found, FundingAgreements.BY_PERIOD);
      }

      @Override
      public List<FundingAgreement> ofFunder(OrganisationId funder) {
        return query(agreements.rows(agreementsByFunder.get(Checks.required(funder, "funder"))),
            FundingAgreements.BY_PERIOD);
      }
    }

    private final class QuoteStore extends Store<QuoteId, Quote> implements Quotes {
      QuoteStore() {
        super(quotes, Quote::id, Quote::withVersion);
      }

      @Override
      void checkReferences(Quote quote) {
        requireExists(organisations, quote.client(), "organisation");
        quote.series().ifPresent(s -> requireExists(series, s, "workshop series"));
      }

      @Override
      public List<Quote> ofClient(OrganisationId client) {
        return query(quotes.rows(quotesByClient.get(Checks.required(client, "client"))), Quotes.BY_QUOTE_DATE);
      }
    }

    private final class SeriesStore extends Store<WorkshopSeriesId, WorkshopSeries> implements WorkshopSeriesStore {
      SeriesStore() {
        super(series, WorkshopSeries::id, WorkshopSeries::withVersion);
      }

      @Override
      void checkReferences(WorkshopSeries workshop) {
        requireExists(quotes, workshop.quote(), "quote");
        requireExists(organisations, workshop.client(), "organisation");
        for (WorkshopSeriesId other : seriesByQuote.get(workshop.quote())) {
          if (!other.equals(workshop.id())) {
            throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID,
                "quote " + workshop.quote() + " already opened a workshop series");
          }
        }
      }

      @Override
      public Optional<WorkshopSeries> ofQuote(QuoteId quote) {
        usable();
        return series.rows(seriesByQuote.get(Checks.required(quote, "quote"))).stream().findFirst();
      }
    }

    /** A number belongs to one document, invoice or credit note (their series may be shared). */
    void requireFreeNumber(InvoiceNumber number, UUID owner) {
      boolean taken = invoicesByNumber.get(number).stream().anyMatch(id -> !id.value().equals(owner))
          || creditNotesByNumber.get(number).stream().anyMatch(id -> !id.value().equals(owner));
      if (taken) {
        throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "number " + number + " is already given");
      }
    }

    private final class InvoiceStore extends Store<InvoiceId, Invoice> implements Invoices {
      InvoiceStore() {
        super(invoices, Invoice::id, Invoice::withVersion);
      }

      @Override
      void checkReferences(Invoice invoice) {
        requireExists(organisations, invoice.funder(), "organisation");
        invoice.agreement().ifPresent(r -> requireExists(agreements, r.id(), "funding agreement"));
        if (invoice.subject() instanceof BillingSubject.OfAccompaniment a) {
          requireExists(accompaniments, a.accompaniment(), "accompaniment");
        } else if (invoice.subject() instanceof BillingSubject.OfWorkshopSeries w) {
          requireExists(series, w.series(), "workshop series");
        }
        invoice.number().ifPresent(n -> requireFreeNumber(n, invoice.uuid()));
      }

      @Override
      public Optional<Invoice> findByNumber(InvoiceNumber number) {
        usable();
        return invoices.rows(invoicesByNumber.get(Checks.required(number, "number"))).stream().findFirst();
      }

      @Override
      public List<Invoice> issuedBetween(LocalDate from, LocalDate to) {
        return query(invoices.rows(invoicesByIssueDate.between(Checks.required(from, "from"),
            Checks.required(to, "to"))), Invoices.BY_NUMBER);
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
        return query(invoices.rows(invoicesByAgreement.get(Checks.required(agreement, "agreement"))),
            Invoices.BY_DRAFT);
      }

      private List<Invoice> ofSubject(UUID subject) {
        return query(invoices.rows(invoicesBySubject.get(subject)), Invoices.BY_DRAFT);
      }
    }

    private final class CreditNoteStore extends Store<CreditNoteId, CreditNote> implements CreditNotes {
      CreditNoteStore() {
        super(creditNotes, CreditNote::id, CreditNote::withVersion);
      }

      @Override
      void checkReferences(CreditNote note) {
        requireExists(invoices, note.invoice(), "invoice");
        requireExists(organisations, note.funder(), "organisation");
        note.agreement().ifPresent(r -> requireExists(agreements, r.id(), "funding agreement"));
        requireFreeNumber(note.number(), note.uuid());
      }

      @Override
      public Optional<CreditNote> findByNumber(InvoiceNumber number) {
        usable();
        return creditNotes.rows(creditNotesByNumber.get(Checks.required(number, "number"))).stream().findFirst();
      }

      @Override
      public List<CreditNote> ofInvoice(InvoiceId invoice) {
        return query(creditNotes.rows(creditNotesByInvoice.get(Checks.required(invoice, "invoice"))),
            CreditNotes.BY_NUMBER);
      }

      @Override
      public List<CreditNote> ofSubject(BillingSubject subject) {
        return query(creditNotes.rows(creditNotesBySubject.get(Checks.required(subject, "subject").uuid())),
            CreditNotes.BY_NUMBER);
      }

      @Override
      public List<CreditNote> issuedBetween(LocalDate from, LocalDate to) {
        return query(creditNotes.rows(creditNotesByIssueDate.between(Checks.required(from, "from"),
            Checks.required(to, "to"))), CreditNotes.BY_NUMBER);
      }
    }

    @Override
    public Households households() {
      return new HouseholdStore();
    }

    @Override
    public Organisations organisations() {
      return new OrganisationStore();
    }

    @Override
    public Referrals referrals() {
      return new ReferralStore();
    }

    @Override
    public Accompaniments accompaniments() {
      return new AccompanimentStore();
    }

    @Override
    public FundingAgreements fundingAgreements() {
      return new AgreementStore();
    }

    @Override
    public Quotes quotes() {
      return new QuoteStore();
    }

    @Override
    public WorkshopSeriesStore workshopSeries() {
      return new SeriesStore();
    }

    @Override
    public Invoices invoices() {
      return new InvoiceStore();
    }

    @Override
    public CreditNotes creditNotes() {
      return new CreditNoteStore();
    }

    @Override
    public InvoiceNumberSequences invoiceNumberSequences() {
      usable();
      return new InvoiceNumberSequences() {
        @Override
        public long next(NumberSeries numberSeries, LocalDate issuedOn) {
          Checks.required(numberSeries, "series");
          Checks.required(issuedOn, "issuedOn");
          Journal j = writable();
          SequencePosition before = sequences.get(numberSeries);
          SequencePosition after = before == null ? SequencePosition.first(issuedOn) : before.next(issuedOn);
          sequences.put(numberSeries, after);
          j.onRollback(() -> {
            if (before == null) {
              sequences.remove(numberSeries);
            } else {
              sequences.put(numberSeries, before);
            }
          });
          return after.last();
        }

        @Override
        public Optional<SequencePosition> current(NumberSeries numberSeries) {
          usable();
          return Optional.ofNullable(sequences.get(Checks.required(numberSeries, "series")));
        }
      };
    }

    @Override
    public EventOutbox outbox() {
      usable();
      return new EventOutbox() {
        @Override
        public void append(List<DomainEvent> events) {
          Journal j = writable();
          for (DomainEvent event : Checks.listOf(events, "events")) {
            if (eventSequence.containsKey(event.id())) {
              throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "event " + event.id() + " already exists");
            }
            long sequence = nextEventSequence++;
            pendingEvents.put(sequence, event);
            eventSequence.put(event.id(), sequence);
            j.onRollback(() -> {
              pendingEvents.remove(sequence);
              eventSequence.remove(event.id());
            });
          }
        }

        @Override
        public List<DomainEvent> pending(int limit) {
          usable();
          Checks.check(limit > 0, "limit must be positive");
          return pendingEvents.values().stream().limit(limit).toList();
        }

        @Override
        public void acknowledge(Collection<UUID> eventIds) {
          Journal j = writable();
          for (UUID id : Set.copyOf(Checks.listOf(eventIds, "eventIds"))) {
            Long sequence = eventSequence.get(id);
            if (sequence != null) {
              DomainEvent event = pendingEvents.remove(sequence);
              if (event != null) {
                j.onRollback(() -> pendingEvents.put(sequence, event));
              }
            }
          }
        }
      };
    }
  }

  private static <A> List<A> sorted(List<A> rows, Comparator<A> order) {
    rows.sort(order);
    return List.copyOf(rows);
  }
}
