package org.liens.storage.tck;

import org.liens.storage.Storage;

/** The one method an adapter's contract test implements. */
public interface StorageFactory {

  /**
   * {@return a storage that holds nothing yet} Called once per test and once per property try; an adapter may reuse
   * a database as long as every call returns an empty store (truncate the tables, drop a schema…).
   */
  Storage newStorage();

  /** {@return the {@link World} built on a new storage ({@link #newStorage}), which it holds as {@code storage}} */
  default World newWorld() {
    return World.on(newStorage());
  }

  /** {@return the {@link Ledger} built on a new storage ({@link #newStorage}), which it holds as {@code storage}} */
  default Ledger newLedger() {
    return Ledger.on(newStorage());
  }
}
