package org.liens.storage.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * How many rows each Liens table holds: the whole stored state as far as "nothing stored" and "stored once" go. Two
 * counts are compared table by table, so a partial write shows as the table it left a row in.
 *
 * @param counts rows per table, in the order of {@link TestDatabase#TABLES}
 */
record StoredRows(Map<String, Long> counts) {
  /** The audit tables: every call appends to them, a repeated one too, so they are left out of "stored once". */
  private static final String AUDIT_PREFIX = "liens_audit_";

  /** Counts the rows of every Liens table, through a healthy connection. */
  static StoredRows of(DataSource dataSource) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String table : TestDatabase.TABLES) {
        try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the stored rows", e);
    }
    return new StoredRows(Map.copyOf(counts));
  }

  /** What was added since {@code before}, per table (zero where nothing was), audit tables left out. */
  Map<String, Long> addedSince(StoredRows before) {
    Map<String, Long> added = new LinkedHashMap<>();
    for (String table : TestDatabase.TABLES) {
      if (!table.startsWith(AUDIT_PREFIX)) {
        added.put(table, counts.get(table) - before.counts.get(table));
      }
    }
    return added;
  }
}
