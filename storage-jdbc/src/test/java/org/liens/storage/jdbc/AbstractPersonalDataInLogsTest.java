package org.liens.storage.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liens.storage.Storage;
import org.liens.storage.tck.PersonalDataContract;
import org.liens.storage.tck.logging.LogLine;
import org.slf4j.event.Level;

/**
 * Issue 9, item 7, on one database: no personal data in the logs (the adapter's, the driver's and Flyway's
 * included, all captured at TRACE) nor in exception messages. The database is created inside the recording, so
 * the migrations are logged and checked too.
 */
@ExtendWith(DatabaseAvailable.class)
abstract class AbstractPersonalDataInLogsTest implements PersonalDataContract {
  private static FreshDatabase database;

  @Override
  public Storage newStorage() {
    if (database != null) {
      database.close();
    }
    database = DatabaseAvailable.of(getClass()).createEmpty();
    return database.storage();
  }

  /**
   * MariaDB Connector/J dumps every packet at TRACE, bound values included (the README's personal-data section
   * tells hosts to keep {@code org.mariadb.jdbc} at DEBUG or above). Its DEBUG lines and every other logger are
   * checked. PostgreSQL's driver logs through java.util.logging and H2 through its own trace files, both off here.
   */
  @Override
  public boolean isDriverWireTrace(LogLine line) {
    return line.level() == Level.TRACE && line.logger().startsWith("org.mariadb.jdbc.client.socket.");
  }

  @AfterAll
  static void dropDatabase() {
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
