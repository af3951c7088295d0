package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditOutcome;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.organisation.OrganisationId;
import org.liens.staff.StaffId;

/**
 * What the audit trail's tables hold, read with plain SQL: ids, codes and instants, never a name or a free text
 * (issue 9; CNIL référentiel: access logs with as little personal data as possible). A new column fails this test
 * until it is declared here with the shape of its values.
 */
abstract class AbstractAuditRowsTest extends JdbcStorageTestBase {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern CODE = Pattern.compile("[A-Z_]+");
  private static final Pattern OPERATION = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");
  private static final Pattern USER_ID = Pattern.compile("u-[a-z0-9-]+|system");
  private static final Pattern INSTANT = Pattern.compile("instant");

  @Test
  void theAuditTablesHoldOnlyIdsCodesAndInstants() throws SQLException {
    List<Actor> actors = List.of(Actor.of("u-coordinator-1", Role.COORDINATOR),
        Actor.staff("u-educator-7", Role.EDUCATOR, StaffId.of(UUID.randomUUID())),
        Actor.of("u-prescriber-3", Role.PRESCRIBER, OrganisationId.of(UUID.randomUUID())), Actor.system());
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      entries.add(new AuditEntry(UUID.randomUUID(), Instant.parse("2024-05-02T10:15:30.123456Z").plusSeconds(i),
          actors.get(i % actors.size()), i % 2 == 0 ? "household.get" : "accompaniment.record-home-visit",
          Set.of(HouseholdId.of(UUID.randomUUID())), Set.of(PersonId.of(UUID.randomUUID()),
              PersonId.of(UUID.randomUUID())), i % 3 == 0 ? AuditOutcome.DENIED : AuditOutcome.ALLOWED));
    }
    storage.inTransaction(r -> {
      entries.forEach(r.auditTrail()::append);
      return null;
    });

    Map<String, Pattern> entryColumns = Map.of("id", UUID_TEXT, "occurred_at", INSTANT, "actor_user_id", USER_ID,
        "actor_role", CODE, "actor_organisation_id", UUID_TEXT, "actor_staff_id", UUID_TEXT,
        "operation", OPERATION, "outcome", CODE);
    Map<String, Pattern> subjectColumns = Map.of("entry_id", UUID_TEXT, "subject_kind", CODE,
        "subject_id", UUID_TEXT, "occurred_at", INSTANT);
    List<Map<String, Object>> entryRows = rows(AuditRepository.ENTRY);
    List<Map<String, Object>> subjectRows = rows(AuditRepository.SUBJECT);

    assertThat(entryRows).hasSize(8);
    assertThat(subjectRows).hasSize(8 * 3);
    assertOnlyIdsAndCodes(entryRows, entryColumns);
    assertOnlyIdsAndCodes(subjectRows, subjectColumns);
    assertThat(entryRows).extracting(r -> String.valueOf(r.get("actor_role")))
        .allMatch(v -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(v)));
    assertThat(entryRows).extracting(r -> String.valueOf(r.get("outcome"))).containsOnly("ALLOWED", "DENIED");
    assertThat(subjectRows).extracting(r -> String.valueOf(r.get("subject_kind"))).containsOnly("HOUSEHOLD", "PERSON");
  }

  private static void assertOnlyIdsAndCodes(List<Map<String, Object>> rows, Map<String, Pattern> columns) {
    for (Map<String, Object> row : rows) {
      assertThat(row.keySet()).containsExactlyInAnyOrderElementsOf(columns.keySet());
      row.forEach((column, value) -> {
        if (value == null) {
          return;
        }
        if (columns.get(column) == INSTANT) {
          assertThat(value).as(column).isNotInstanceOf(String.class);
        } else {
          assertThat(value.toString()).as(column).matches(columns.get(column));
        }
      });
    }
  }

  private List<Map<String, Object>> rows(String table) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection c = database.dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet result = s.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData meta = result.getMetaData();
      while (result.next()) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), result.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
