package org.liens.storage.jdbc.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 17 (issue 14): each workshop session records which children attended. Creates
 * {@code liens_group_session} (one row per session recorded: series, group, day as an epoch day, held 1 or 0) and
 * {@code liens_group_attendance} (one row per session and child expected at it: enrolled in the group by its day, or
 * attending; attended 1 or 0), from which the storage computes the attendance figures. Every session stored before
 * was held (recording one meant it took place, and each was billed): it is given as attendance the children of its
 * group enrolled by its day, or every child of the group when none was (the rule then only asked the group to have
 * a child on the day it was recorded), so that it stays held and billed. Column types come from the Flyway
 * placeholders; the JSON is rewritten in Java, which SQL cannot do portably.
 */
public class V17__group_attendance extends BaseJavaMigration {
  private final ObjectMapper json = new ObjectMapper();

  /** Flyway instantiates it. */
  public V17__group_attendance() {}

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    boolean mariadb = product.contains("maria") || product.contains("mysql");
    Map<String, String> placeholders = context.getConfiguration().getPlaceholders();
    String uuid = placeholders.getOrDefault("uuid_type", "UUID");
    String options = placeholders.getOrDefault("table_options", "");
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("CREATE TABLE liens_group_session (session_id " + uuid + " NOT NULL, series_id " + uuid
          + " NOT NULL, group_no INT NOT NULL, session_day INT NOT NULL, held INT NOT NULL,"
          + " CONSTRAINT liens_group_session_pk PRIMARY KEY (session_id),"
          + " CONSTRAINT liens_group_session_series_fk FOREIGN KEY (series_id) REFERENCES liens_workshop_series (id))"
          + options);
      ddl.execute("CREATE INDEX liens_group_session_day_ix ON liens_group_session (session_day)");
      ddl.execute("CREATE INDEX liens_group_session_series_ix ON liens_group_session (series_id)");
      ddl.execute("CREATE TABLE liens_group_attendance (session_id " + uuid + " NOT NULL, child_id " + uuid
          + " NOT NULL, attended INT NOT NULL,"
          + " CONSTRAINT liens_group_attendance_pk PRIMARY KEY (session_id, child_id),"
          + " CONSTRAINT liens_group_attendance_session_fk FOREIGN KEY (session_id)"
          + " REFERENCES liens_group_session (session_id))" + options);
    }
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("SELECT id, participants, sessions FROM liens_workshop_series");
        PreparedStatement update = connection.prepareStatement(
            "UPDATE liens_workshop_series SET sessions = ? WHERE id = ?");
        PreparedStatement session = connection.prepareStatement("INSERT INTO liens_group_session"
            + " (session_id, series_id, group_no, session_day, held) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement attendance = connection.prepareStatement(
            "INSERT INTO liens_group_attendance (session_id, child_id, attended) VALUES (?, ?, ?)")) {
      while (rows.next()) {
        String id = rows.getString("id");
        ArrayNode participants = (ArrayNode) json.readTree(rows.getString("participants"));
        ArrayNode sessions = (ArrayNode) json.readTree(rows.getString("sessions"));
        for (JsonNode node : sessions) {
          ObjectNode s = (ObjectNode) node;
          int group = s.get("group").asInt();
          LocalDate day = LocalDate.parse(s.get("date").asText());
          Set<String> expected = new TreeSet<>(children(participants, group, day));
          if (!s.has("attended")) {
            Set<String> attended = expected.isEmpty() ? children(participants, group, LocalDate.MAX) : expected;
            ArrayNode list = s.putArray("attended");
            attended.forEach(list::add);
          }
          Set<String> attended = new TreeSet<>();
          s.get("attended").forEach(c -> attended.add(c.asText()));
          expected.addAll(attended);
          uuid(session, 1, mariadb, s.get("id").asText());
          uuid(session, 2, mariadb, id);
          session.setInt(3, group);
          session.setInt(4, Math.toIntExact(day.toEpochDay()));
          session.setInt(5, attended.isEmpty() ? 0 : 1);
          session.addBatch();
          for (String child : expected) {
            uuid(attendance, 1, mariadb, s.get("id").asText());
            uuid(attendance, 2, mariadb, child);
            attendance.setInt(3, attended.contains(child) ? 1 : 0);
            attendance.addBatch();
          }
        }
        update.setString(1, json.writeValueAsString(sessions));
        uuid(update, 2, mariadb, id);
        update.addBatch();
      }
      update.executeBatch();
      session.executeBatch();
      attendance.executeBatch();
    }
  }

  /** The ids of the children of {@code group} enrolled by {@code day}, in order. */
  private static Set<String> children(ArrayNode participants, int group, LocalDate day) {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode p : participants) {
      if (p.get("group").asInt() == group && !LocalDate.parse(p.get("enrolledOn").asText()).isAfter(day)) {
        ids.add(p.get("child").get("id").asText());
      }
    }
    return ids;
  }

  /** Binds an id read as text: a UUID on H2 and PostgreSQL, its text on MariaDB (CHAR(36)). */
  private static void uuid(PreparedStatement statement, int index, boolean mariadb, String id) throws SQLException {
    if (mariadb) {
      statement.setString(index, id);
    } else {
      statement.setObject(index, UUID.fromString(id));
    }
  }
}
