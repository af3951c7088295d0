package org.liens.storage.tck;

import org.liens.storage.Storage;

/** The one method an adapter's contract test implements. */
public interface StorageFactory {

  /**
   * {@return a storage that holds nothing yet} Called once per test and once per property try; an adapter may reuse
   * a database as long as every call returns an empty store (truncate the tables, drop a schema…).
   */
  Storage newStorage();
}
