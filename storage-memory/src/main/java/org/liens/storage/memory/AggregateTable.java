package org.liens.storage.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.liens.shared.Aggregate;
import org.liens.shared.Checks;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.shared.EntityId;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.storage.AggregateKind;
import org.liens.storage.AggregateKind.Reference;
import org.liens.storage.AggregateStore;

/**
 * Find and save of one aggregate kind, with optimistic versioning: insert at version 0, update at the stored
 * version. A save checks, in this order, the references {@link AggregateKind} declares (each must exist), the
 * aggregate's unique values ({@link #checkUniques}), a duplicate id, then the version; the JDBC adapter checks the
 * same things in the same order.
 *
 * @param <A> the aggregate
 * @param <I> its id
 */
abstract class AggregateTable<A extends Aggregate, I extends EntityId> implements AggregateStore<A, I> {
  final Session session;
  final MemoryStore store;
  final Table<UUID, A> table;
  private final AggregateKind kind;
  private final BiFunction<A, Long, A> atVersion;

  AggregateTable(Session session, AggregateKind kind, Table<UUID, A> table, BiFunction<A, Long, A> atVersion) {
    this.session = session;
    this.store = session.store;
    this.table = table;
    this.kind = kind;
    this.atVersion = atVersion;
    session.usable();
  }

  @Override
  public Optional<A> find(I key) {
    session.usable();
    return table.get(Checks.required(key, "id").value());
  }

  @Override
  public A save(A aggregate) {
    Checks.required(aggregate, "aggregate");
    Journal journal = session.writable();
    for (Reference reference : kind.references(aggregate)) {
      if (!store.tableOf(reference.kind()).contains(reference.id())) {
        throw new IntegrityViolationException(ErrorCode.DANGLING_REFERENCE, reference.missing());
      }
    }
    checkUniques(aggregate);
    UUID key = aggregate.uuid();
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
    table.put(key, saved, journal);
    return saved;
  }

  @Override
  public void lock(I key) {
    get(key); // write transactions are serial: existence is all there is to check
  }

  /** The aggregates whose date in {@code index} lies in [{@code from}, {@code to}], in {@code order}. */
  List<A> between(RangeIndex<LocalDate, UUID, A> index, LocalDate from, LocalDate to, Comparator<A> order) {
    return session.query(table, index.between(Checks.required(from, "from"), Checks.required(to, "to")), order);
  }

  /** Fails with {@code DUPLICATE_ID} when a value of the aggregate that no other may hold is taken. */
  void checkUniques(A aggregate) {}

  /** A number belongs to one document, invoice or credit note (their series may be shared). */
  void requireFreeNumber(org.liens.billing.InvoiceNumber number, UUID owner) {
    boolean taken = store.invoicesByNumber.get(number).stream().anyMatch(id -> !id.equals(owner))
        || store.creditNotesByNumber.get(number).stream().anyMatch(id -> !id.equals(owner));
    if (taken) {
      throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "number " + number + " is already given");
    }
  }
}
