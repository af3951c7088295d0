package org.liens.storage.memory;

import java.time.LocalDate;
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
import java.util.function.UnaryOperator;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.EducatorId;
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
import org.liens.storage.EventOutbox;
import org.liens.storage.Households;
import org.liens.storage.Organisations;
import org.liens.storage.Referrals;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;

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
 * funder; accompaniments by last day; by household), never by scanning all rows.
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

    <I, A extends Aggregate> A save(Table<I, A> table, I id, A aggregate, UnaryOperator<A> atVersion) {
      Journal j = writable();
      Optional<A> stored = table.get(id);
      if (aggregate.version() == 0 && stored.isPresent()) {
        throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID,
            aggregate.aggregateType() + " " + id + " already exists");
      }
      long storedVersion = stored.map(Aggregate::version).orElse(0L);
      if (aggregate.version() != storedVersion) {
        throw new ConcurrentUpdateException(ErrorCode.CONCURRENT_UPDATE, aggregate.aggregateType() + " " + id
            + " is at version " + storedVersion + ", the update was based on " + aggregate.version());
      }
      A saved = atVersion.apply(aggregate);
      table.put(id, saved, j);
      return saved;
    }

    <I> void requireExists(Table<I, ?> table, I id, String what) {
      if (!table.contains(id)) {
        throw new IntegrityViolationException(ErrorCode.DANGLING_REFERENCE, "no " + what + " " + id);
      }
    }

    @Override
    public Households households() {
      usable();
      return new Households() {
        @Override
        public Optional<Household> find(HouseholdId id) {
          usable();
          return households.get(Checks.required(id, "id"));
        }

        @Override
        public Household save(Household household) {
          Checks.required(household, "household");
          return Session.this.save(households, household.id(), household,
              h -> h.withVersion(h.version() + 1));
        }

        @Override
        public void lock(HouseholdId id) {
          get(id); // transactions are serial: existence is all there is to check
        }
      };
    }

    @Override
    public Organisations organisations() {
      usable();
      return new Organisations() {
        @Override
        public Optional<Organisation> find(OrganisationId id) {
          usable();
          return organisations.get(Checks.required(id, "id"));
        }

        @Override
        public Organisation save(Organisation organisation) {
          Checks.required(organisation, "organisation");
          return Session.this.save(organisations, organisation.id(), organisation,
              o -> o.withVersion(o.version() + 1));
        }

        @Override
        public List<Organisation> all() {
          usable();
          return organisations.all().stream()
              .sorted(Organisations.BY_NAME)
              .toList();
        }
      };
    }

    @Override
    public Referrals referrals() {
      usable();
      return new Referrals() {
        @Override
        public Optional<Referral> find(ReferralId id) {
          usable();
          return referrals.get(Checks.required(id, "id"));
        }

        @Override
        public Referral save(Referral referral) {
          Checks.required(referral, "referral");
          writable();
          requireExists(households, referral.household(), "household");
          referral.source().prescriber().ifPresent(p -> requireExists(organisations, p, "organisation"));
          requireExists(organisations, referral.funder(), "organisation");
          referral.succeeds().ifPresent(a -> requireExists(accompaniments, a, "accompaniment"));
          referral.accompaniment().ifPresent(a -> requireExists(accompaniments, a, "accompaniment"));
          return Session.this.save(referrals, referral.id(), referral, r -> r.withVersion(r.version() + 1));
        }

        @Override
        public List<Referral> ofHousehold(HouseholdId household) {
          usable();
          return sorted(referrals.rows(referralsByHousehold.get(Checks.required(household, "household"))),
              Referrals.BY_RECEPTION);
        }
      };
    }

    @Override
    public Accompaniments accompaniments() {
      usable();
      return new Accompaniments() {
        @Override
        public Optional<Accompaniment> find(AccompanimentId id) {
          usable();
          return accompaniments.get(Checks.required(id, "id"));
        }

        @Override
        public Accompaniment save(Accompaniment accompaniment) {
          Checks.required(accompaniment, "accompaniment");
          writable();
          requireExists(households, accompaniment.household(), "household");
          requireExists(referrals, accompaniment.referral(), "referral");
          accompaniment.prescriber().ifPresent(p -> requireExists(organisations, p, "organisation"));
          requireExists(organisations, accompaniment.funder(), "organisation");
          accompaniment.predecessor().ifPresent(p -> requireExists(accompaniments, p, "accompaniment"));
          accompaniment.successor().ifPresent(s -> requireExists(accompaniments, s, "accompaniment"));
          return Session.this.save(accompaniments, accompaniment.id(), accompaniment,
              a -> a.withVersion(a.version() + 1));
        }

        @Override
        public List<Accompaniment> ofHousehold(HouseholdId household) {
          return query(accompanimentsByHousehold.get(Checks.required(household, "household")));
        }

        @Override
        public List<Accompaniment> open() {
          return query(openAccompaniments.get(Boolean.TRUE));
        }

        @Override
        public List<Accompaniment> openOfPrescriber(OrganisationId prescriber) {
          return query(openByPrescriber.get(Checks.required(prescriber, "prescriber")));
        }

        @Override
        public List<Accompaniment> openOfEducator(EducatorId educator) {
          return query(openByEducator.get(Checks.required(educator, "educator")));
        }

        @Override
        public List<Accompaniment> openOfFunder(OrganisationId funder) {
          return query(openByFunder.get(Checks.required(funder, "funder")));
        }

        @Override
        public List<Accompaniment> endingBetween(LocalDate from, LocalDate to) {
          usable();
          return sorted(accompaniments.rows(
              activeByLastDay.between(Checks.required(from, "from"), Checks.required(to, "to"))),
              Accompaniments.BY_LAST_DAY);
        }

        @Override
        public List<Contact> contactsOf(AccompanimentId accompaniment) {
          usable();
          return accompaniments.get(Checks.required(accompaniment, "accompaniment"))
              .map(Accompaniment::contacts)
              .orElse(List.of());
        }

        private List<Accompaniment> query(Collection<AccompanimentId> ids) {
          usable();
          return sorted(accompaniments.rows(ids), Accompaniments.BY_OPENING);
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
