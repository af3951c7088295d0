package org.liens.storage.memory;

import org.liens.storage.Storage;
import org.liens.storage.tck.StorageContract;

/** The in-memory adapter passes the whole contract suite. */
class InMemoryStorageContractTest implements StorageContract {
  @Override
  public Storage newStorage() {
    return new InMemoryStorage();
  }
}
