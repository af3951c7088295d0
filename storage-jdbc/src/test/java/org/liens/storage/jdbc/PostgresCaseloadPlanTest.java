package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liens.organisation.OrganisationId;
import org.liens.storage.CaseloadCursor;
import org.liens.storage.PageRequest;
import org.liens.storage.tck.Casebook;

/**
 * Issue 13, target 3: every caseload statement (and the prescriber's narrow one, {@link PrescriberCaseloadQuery}) reads every table it touches through an index on PostgreSQL. With
 * sequential scans switched off ({@code enable_seqscan = off}) the planner still picks one where no index can serve,
 * so a plan without {@code Seq Scan} shows that an index path exists for each access, whatever the size of the data
 * (on a small table the planner would otherwise prefer a scan, which would make the test depend on the data).
 */
@OnDatabase(TestDatabase.POSTGRESQL)
@ExtendWith(DatabaseAvailable.class)
class PostgresCaseloadPlanTest {

  @Test
  void everyCaseloadStatementReadsItsTablesThroughAnIndex() throws SQLException {
    try (FreshDatabase db = TestDatabase.POSTGRESQL.create()) {
      Casebook.writeWithoutMoney(db.storage(), 13L);
      try (Connection connection = db.dataSource.getConnection()) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("ANALYZE");
          statement.execute("SET enable_seqscan = off");
        }
        UUID prescriber = first(connection, "SELECT prescriber_id FROM liens_accompaniment WHERE prescriber_id IS NOT NULL");
        UUID funder = first(connection, "SELECT funder_id FROM liens_accompaniment");
        UUID educator = first(connection, "SELECT educator_id FROM liens_accompaniment_team");
        CaseloadCursor cursor = new CaseloadCursor(LocalDate.of(2023, 9, 1), prescriber);
        for (Optional<PageRequest> page : List.of(Optional.<PageRequest>empty(), Optional.of(PageRequest.first(50)),
            Optional.of(PageRequest.after(cursor, 50)))) {
          assertIndexed(connection, CaseloadQuery.OPEN, null, page);
          assertIndexed(connection, CaseloadQuery.OF_PRESCRIBER, prescriber, page);
          assertIndexed(connection, CaseloadQuery.OF_EDUCATOR, educator, page);
          assertIndexed(connection, CaseloadQuery.OF_FUNDER, funder, page);
          assertIndexed(connection, PrescriberCaseloadQuery.sql(Dialect.POSTGRESQL, page),
              args -> PrescriberCaseloadQuery.bind(args, OrganisationId.of(prescriber), LocalDate.of(2024, 1, 1), page));
        }
      }
    }
  }

  private static void assertIndexed(Connection connection, CaseloadQuery query, UUID key, Optional<PageRequest> page)
      throws SQLException {
    assertIndexed(connection, query.sql(Dialect.POSTGRESQL, page), args -> {
      if (key != null) {
        args.uuid(key);
      }
      if (page.isPresent()) {
        if (page.get().after().isPresent()) {
          CaseloadCursor cursor = page.get().after().get();
          args.date(cursor.openedOn()).date(cursor.openedOn()).uuid(cursor.id());
        }
        args.integer(page.get().size());
      }
    });
  }

  private static void assertIndexed(Connection connection, String sql, Transaction.Binder binder)
      throws SQLException {
    List<String> plan = new ArrayList<>();
    try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
      binder.bind(new Args(explain, Dialect.POSTGRESQL));
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.add(rows.getString(1));
        }
      }
    }
    String text = String.join("\n", plan);
    assertThat(text).as(sql + "\n" + text).doesNotContain("Seq Scan")
        .contains(" on liens_accompaniment ", " on liens_accompaniment_team ", " on liens_contact ");
  }

  private static UUID first(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql + " LIMIT 1")) {
      assertThat(rows.next()).isTrue();
      return rows.getObject(1, UUID.class);
    }
  }
}
