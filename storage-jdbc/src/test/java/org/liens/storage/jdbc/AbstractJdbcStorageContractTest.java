package org.liens.storage.jdbc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liens.storage.Storage;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.StorageContract;

/**
 * The whole storage contract suite on one database: one fresh database per concrete class, emptied before each test
 * and each property try. JUnit runs the examples, jqwik the properties; each engine drops the database when done
 * and the other recreates it if it comes second.
 */
@ExtendWith(DatabaseAvailable.class)
@AddLifecycleHook(DatabaseAvailable.class)
abstract class AbstractJdbcStorageContractTest implements StorageContract {
  private static final Map<Class<?>, FreshDatabase> DATABASES = new ConcurrentHashMap<>();

  @Override
  public Storage newStorage() {
    FreshDatabase database = DATABASES.computeIfAbsent(getClass(), type -> DatabaseAvailable.of(type).create());
    JdbcStorage storage = database.storage();
    database.empty();
    return storage;
  }

  /** The in-memory adapter: the JDBC adapter must read a casebook back exactly as it holds it. */
  @Override
  public Storage referenceStorage() {
    return new InMemoryStorage();
  }

  @AfterAll
  @AfterContainer
  static void dropDatabases() {
    DATABASES.values().forEach(FreshDatabase::close);
    DATABASES.clear();
  }
}
