package org.liens.examples.samples;

import java.util.function.Function;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.StorageContract;

/**
 * The README's storage-adapter fragment: {@code MyStorageContractTest} is nested, so Surefire (whose default
 * excludes skip nested classes) never runs the whole contract a second time on the in-memory storage it wraps.
 */
final class StorageContractSample {
  private StorageContractSample() {}

  /** A host's adapter; here it hands every call to the in-memory storage. */
  static final class MyStorage implements Storage {
    private final Storage database;

    MyStorage(Storage database) {
      this.database = database;
    }

    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
      return database.inTransaction(work);
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
      return database.read(work);
    }
  }

  static Storage freshEmptyDatabase() {
    return new InMemoryStorage();
  }

  class MyStorageContractTest implements StorageContract {
    @Override
    public Storage newStorage() {
      return new MyStorage(freshEmptyDatabase());   // called once per test and per property try
    }
  }
}
