package org.liens.storage.jdbc;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Copies the rows of the tables of the first schema versions from one database to another of the same kind, whose
 * schema may be older: only the columns the target has are copied. It stands for the data an older release of the
 * adapter wrote, so that an upgrade can be tested with it. Links that form cycles (a referral and the
 * accompaniment it opened, a predecessor and its successor) are set once every row is in; the outbox keeps its
 * order, and its identity column is renumbered by the target.
 */
final class LegacyRows {
  /** The tables of versions 1 and 2, parents first. */
  private static final List<String> TABLES = List.of("liens_household", "liens_organisation", "liens_referral",
      "liens_accompaniment", "liens_accompaniment_team", "liens_contact", "liens_event");
  /** The columns set after every row is in, by table. */
  private static final Map<String, List<String>> LINKS = Map.of(
      "liens_referral", List.of("succeeds_id", "accompaniment_id"),
      "liens_accompaniment", List.of("predecessor_id", "successor_id"));

  private LegacyRows() {}

  static void copy(FreshDatabase from, FreshDatabase to) throws SQLException {
    try (Connection source = from.dataSource.getConnection(); Connection target = to.dataSource.getConnection()) {
      target.setAutoCommit(false);
      for (String table : TABLES) {
        List<String> columns = columns(target, table);
        columns.remove("seq");
        List<String> links = LINKS.getOrDefault(table, List.of());
        copy(source, target, table, columns, links, table.equals("liens_event") ? " ORDER BY seq" : "");
      }
      for (Map.Entry<String, List<String>> link : LINKS.entrySet()) {
        List<String> columns = new ArrayList<>(link.getValue());
        columns.add("id");
        String sql = "UPDATE " + link.getKey() + " SET " + String.join(" = ?, ", link.getValue()) + " = ? WHERE id = ?";
        transfer(source, target, "SELECT " + String.join(", ", columns) + " FROM " + link.getKey(), sql);
      }
      target.commit();
    }
  }

  private static void copy(Connection source, Connection target, String table, List<String> columns,
      List<String> links, String order) throws SQLException {
    List<String> select = new ArrayList<>();
    for (String column : columns) {
      select.add(links.contains(column) ? "NULL AS " + column : column);
    }
    String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
        + "?, ".repeat(columns.size() - 1) + "?)";
    transfer(source, target, "SELECT " + String.join(", ", select) + " FROM " + table + order, insert);
  }

  /** Runs {@code write} on the target once per row {@code read} returns from the source, binding its columns in order. */
  private static void transfer(Connection source, Connection target, String read, String write) throws SQLException {
    try (Statement query = source.createStatement(); ResultSet rows = query.executeQuery(read);
        PreparedStatement statement = target.prepareStatement(write)) {
      ResultSetMetaData meta = rows.getMetaData();
      while (rows.next()) {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String type = meta.getColumnTypeName(i).toLowerCase(Locale.ROOT);
          Object value;
          if (type.contains("timestamptz") || type.contains("time zone")) {
            value = rows.getObject(i, OffsetDateTime.class);
          } else if (meta.getColumnType(i) == Types.TIMESTAMP) {
            value = rows.getObject(i, LocalDateTime.class);
          } else {
            value = rows.getObject(i);
          }
          if (value instanceof Clob clob) {
            value = clob.getSubString(1, (int) clob.length());
          }
          if (value == null) {
            statement.setObject(i, null);
          } else {
            statement.setObject(i, value);
          }
        }
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** The columns of a table, lower-case, in order. */
  private static List<String> columns(Connection connection, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData meta = rows.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
      }
    }
    return columns;
  }
}
