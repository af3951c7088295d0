package org.liens.storage;

import java.util.function.Function;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.shared.LiensException;
import org.liens.shared.StorageException;

/**
 * A storage adapter: the transaction boundary of Liens. Every use case runs its reads and writes in one
 * {@link #inTransaction} call, so that all its writes land together or not at all. Implementations: the
 * {@code liens-storage-memory} and {@code liens-storage-jdbc} modules, or a host's own adapter passing the
 * {@code liens-storage-tck} contract suite.
 */
public interface Storage {

  /**
   * Runs {@code work} in one transaction and commits it if {@code work} returns normally. If {@code work} throws,
   * everything it wrote is rolled back and the exception propagates unchanged.
   *
   * @throws ConcurrentUpdateException if a save met a stale version; nothing was stored
   * @throws StorageException if the adapter failed; nothing was stored
   * @throws LiensException whatever {@code work} threw
   * @param <T> what {@code work} returns
   * @param work the use case, given the repositories of this transaction
   * @return what {@code work} returned, once committed
   */
  <T> T inTransaction(Function<Repositories, T> work);

  /**
   * Runs {@code work} with read-only access to a consistent view of committed data. Saving inside it fails.
   *
   * @param <T> what {@code work} returns
   * @param work the query, given read-only repositories
   * @return what {@code work} returned
   */
  <T> T read(Function<Repositories, T> work);

  /**
   * Runs {@code action} once the work of the {@link #inTransaction} call that just returned on this thread is
   * committed: Liens hands its domain events to the listeners this way. An adapter whose transactions commit when
   * {@link #inTransaction} returns (the default) runs it at once; one that writes inside a transaction of the host
   * (the JDBC adapter's host-transaction mode) runs it when the host commits, and never if the host rolls back.
   *
   * @param action what to run after the commit; its exceptions are the caller's
   */
  default void afterCommit(Runnable action) {
    action.run();
  }
}
