package org.liens.storage.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liens.storage.Storage;
import org.liens.storage.tck.RetentionContract;

/**
 * Retention, erasure and export on one database. The scan reads every column of every row of every table whose name
 * starts with {@code liens_} (as the database's metadata lists them, so a table added later is scanned too), each
 * value through {@code getString}: text, JSON, dates and ids alike.
 */
@ExtendWith(DatabaseAvailable.class)
@AddLifecycleHook(DatabaseAvailable.class)
abstract class AbstractRetentionTest implements RetentionContract {
  private static FreshDatabase database;

  @Override
  public Storage newStorage() {
    if (database == null) {
      database = DatabaseAvailable.of(getClass()).create();
    }
    database.empty();
    return database.storage();
  }

  @Override
  public String storedText(Storage storage) {
    StringBuilder text = new StringBuilder();
    try (Connection c = database.dataSource.getConnection(); Statement s = c.createStatement()) {
      List<String> tables = liensTables(c.getMetaData(), c.getCatalog(), c.getSchema());
      if (tables.size() < TestDatabase.TABLES.size()) {
        throw new IllegalStateException("the scan sees only the tables " + tables);
      }
      for (String table : tables) {
        try (ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int i = 1; i <= columns; i++) {
              text.append(rows.getString(i)).append('\n');
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot scan the tables", e);
    }
    return text.toString();
  }

  private static List<String> liensTables(DatabaseMetaData meta, String catalog, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String name = rows.getString("TABLE_NAME");
        if (name.toLowerCase(Locale.ROOT).startsWith("liens_")
            && !name.equalsIgnoreCase(JdbcStorage.HISTORY_TABLE)) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  @AfterAll
  @AfterContainer
  static void dropDatabase() {
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
