package org.liens.storage.memory;

import java.util.function.Function;
import org.liens.shared.Checks;
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
 * funder; accompaniments by last day; by household; agreements by offer with places left and by funder; quotes by
 * client; invoices by subject, agreement, number and issue date; credit notes by invoice, number and issue date),
 * never by scanning all rows.
 *
 * <p><b>Numbering.</b> Invoice number sequences live in the same transaction as everything else: a rolled-back
 * transaction gives its numbers back, so series have no gaps.
 *
 * <p><b>Layout.</b> As the JDBC adapter: a {@code MemoryStore} (tables, indexes, journal, lock), a {@code Session}
 * per callback, and one repository per port ({@code HouseholdRepository} … {@code OutboxRepository}) over an
 * {@code AggregateTable} that checks the references {@link org.liens.storage.AggregateKind} declares.
 */
public final class InMemoryStorage implements Storage {
  private final MemoryStore store = new MemoryStore();

  @Override
  public <T> T inTransaction(Function<Repositories, T> work) {
    Checks.required(work, "work");
    return store.write(work::apply);
  }

  @Override
  public <T> T read(Function<Repositories, T> work) {
    Checks.required(work, "work");
    return store.read(work::apply);
  }
}
