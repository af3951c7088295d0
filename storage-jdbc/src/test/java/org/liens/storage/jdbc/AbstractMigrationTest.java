package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liens.storage.memory.InMemoryStorage;

/** The Flyway migrations on one database: idempotent, upgradable with data, and runnable by the host's Flyway. */
@ExtendWith(DatabaseAvailable.class)
abstract class AbstractMigrationTest {
  private static final long SEED = 7L;

  private TestDatabase kind() {
    return DatabaseAvailable.of(getClass());
  }

  @Test
  void applyingTheMigrationsTwiceIsANoOp() throws SQLException {
    try (FreshDatabase db = kind().create()) {
      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo("2");
      int applied = count(db, "SELECT COUNT(*) FROM " + history());

      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo("2");
      db.builder().migrate(true).build();

      assertThat(count(db, "SELECT COUNT(*) FROM " + history())).isEqualTo(applied);
      assertThat(count(db, "SELECT COUNT(*) FROM " + history() + " WHERE " + (kind() == TestDatabase.H2 ? "\"success\"" : "success") + " = "
          + (kind() == TestDatabase.MARIADB ? "1" : "TRUE"))).isEqualTo(applied);
    }
  }

  @Test
  void aDatabaseAtTheFirstVersionUpgradesWithItsDataIntact() throws SQLException {
    try (FreshDatabase db = kind().create()) {
      assertThat(JdbcStorage.migrate(db.dataSource, kind().dialect, "1")).isEqualTo("1");
      assertThat(indexes(db, "liens_accompaniment")).doesNotContain("liens_accompaniment_status_ix");
      JdbcStorage atVersionOne = db.builder().build();
      Casebook book = Casebook.write(atVersionOne, SEED);
      AbstractJdbcStorageTest.Snapshot before = AbstractJdbcStorageTest.Snapshot.of(atVersionOne, book);

      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo("2");

      assertThat(indexes(db, "liens_accompaniment")).contains("liens_accompaniment_status_ix",
          "liens_accompaniment_household_ix", "liens_accompaniment_prescriber_ix", "liens_accompaniment_funder_ix",
          "liens_accompaniment_last_day_ix");
      assertThat(indexes(db, "liens_accompaniment_team")).contains("liens_accompaniment_team_educator_ix");
      assertThat(indexes(db, "liens_referral")).contains("liens_referral_household_ix");
      assertThat(indexes(db, "liens_event")).contains("liens_event_pending_ix");
      JdbcStorage upgraded = db.builder().build();
      AbstractJdbcStorageTest.Snapshot after = AbstractJdbcStorageTest.Snapshot.of(upgraded, book);
      assertThat(after.households).isEqualTo(before.households);
      assertThat(after.organisations).isEqualTo(before.organisations);
      assertThat(after.referrals).isEqualTo(before.referrals);
      assertThat(after.accompaniments).isEqualTo(before.accompaniments);
      assertThat(after.queries).isEqualTo(before.queries);
      assertThat(after.events).isEqualTo(before.events);
      InMemoryStorage memory = new InMemoryStorage();
      Casebook.write(memory, SEED);
      assertThat(after.queries).isEqualTo(AbstractJdbcStorageTest.Snapshot.of(memory, book).queries);
    }
  }

  @Test
  void theMigrationsRunBesideTheHostsOwnTables() throws SQLException {
    try (FreshDatabase db = kind().create()) {
      try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE host_customer (id INT PRIMARY KEY, name VARCHAR(100))");
        s.execute("INSERT INTO host_customer VALUES (1, 'kept')");
      }

      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo("2");

      assertThat(count(db, "SELECT COUNT(*) FROM host_customer WHERE name = 'kept'")).isEqualTo(1);
      assertThat(count(db, "SELECT COUNT(*) FROM liens_household")).isZero();
    }
  }

  @Test
  void theHostsOwnFlywayRunsTheSameMigrations() throws SQLException {
    try (FreshDatabase db = kind().create()) {
      Flyway.configure()
          .dataSource(db.dataSource)
          .locations(JdbcStorage.flywayLocation(kind().dialect))
          .table(JdbcStorage.HISTORY_TABLE)
          .load()
          .migrate();

      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo("2");
      JdbcStorage storage = db.builder().build();
      Casebook book = Casebook.write(storage, SEED);
      assertThat(storage.read((org.liens.storage.Repositories r) -> r.accompaniments().open())).isNotEmpty();
      assertThat(book.households()).hasSize(4);
    }
  }

  /** Flyway creates its table under a quoted lower-case name, which H2 would otherwise read as upper case. */
  private String history() {
    return kind() == TestDatabase.MARIADB ? JdbcStorage.HISTORY_TABLE : '"' + JdbcStorage.HISTORY_TABLE + '"';
  }

  private static int count(FreshDatabase db, String sql) throws SQLException {
    try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** The names of the indexes of a table, lower-case. */
  private Set<String> indexes(FreshDatabase db, String table) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Connection c = db.dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String name = kind() == TestDatabase.H2 ? table.toUpperCase(Locale.ROOT) : table;
      try (ResultSet rows = meta.getIndexInfo(c.getCatalog(), c.getSchema(), name, false, false)) {
        while (rows.next()) {
          String index = rows.getString("INDEX_NAME");
          if (index != null) {
            names.add(index.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return names;
  }
}
