package org.liens;

import org.liens.storage.Storage;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.PersonalDataContract;

/** Issue 9, item 7, on the in-memory adapter: no personal data in logs or exception messages. */
class PersonalDataInLogsTest implements PersonalDataContract {
  @Override
  public Storage newStorage() {
    return new InMemoryStorage();
  }
}
