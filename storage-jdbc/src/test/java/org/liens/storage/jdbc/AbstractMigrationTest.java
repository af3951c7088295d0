package org.liens.storage.jdbc;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liens.Liens;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.NumberSeries;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.OfferCode;
import org.liens.household.Caregiver;
import org.liens.household.Child;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.referral.Consent;
import org.liens.referral.ConsentPurpose;
import org.liens.referral.Referral;
import org.liens.shared.PersonName;
import org.liens.shared.RuleViolationException;
import org.liens.storage.Repositories;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.Casebook;
import org.liens.storage.tck.Snapshot;
import org.liens.storage.tck.Staffing;
import org.liens.storage.tck.TestClock;

/**
 * The Flyway migrations on one database: idempotent, upgradable with data from every earlier version, and runnable
 * by the host's Flyway.
 */
@ExtendWith(DatabaseAvailable.class)
abstract class AbstractMigrationTest {
  private static final long SEED = 7L;
  /** The version of the last migration. */
  private static final String LATEST = "19";


  private TestDatabase kind() {
    return DatabaseAvailable.of(getClass());
  }

  @Test
  void applyingTheMigrationsTwiceIsANoOp() throws SQLException {
    try (FreshDatabase db = kind().createEmpty()) {
      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo(LATEST);
      int applied = count(db, "SELECT COUNT(*) FROM " + history());

      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo(LATEST);
      db.builder().migrate(true).build();

      assertThat(count(db, "SELECT COUNT(*) FROM " + history())).isEqualTo(applied);
      assertThat(count(db, "SELECT COUNT(*) FROM " + history() + " WHERE " + (kind() == TestDatabase.H2 ? "\"success\"" : "success") + " = "
          + (kind() == TestDatabase.MARIADB ? "1" : "TRUE"))).isEqualTo(applied);
      assertThat(count(db, "SELECT COUNT(*) FROM " + history() + " WHERE " + (kind() == TestDatabase.H2 ? "\"version\"" : "version")
          + " IN ('1', '2', '3', '4', '5', '6')")).isEqualTo(6);
    }
  }

  @Test
  void theMigratedSchemaIsTheRecordedOne() throws Exception {
    try (FreshDatabase db = kind().createEmpty()) {
      JdbcStorage.migrate(db.dataSource);

      String described = SchemaDescription.of(kind(), db.dataSource);
      if (!described.equals(SchemaDescription.recorded(kind()))) {
        System.err.println("[liens] the migrated schema differs from the recorded one; it is written to "
            + SchemaDescription.write(kind(), described).toAbsolutePath());
      }
      assertThat(described).isEqualTo(SchemaDescription.recorded(kind()));
    }
  }

  @Test
  void theTestsCopyOfTheMigratedTemplateHasTheRecordedSchemaAndHistory() throws Exception {
    try (FreshDatabase db = kind().create()) {
      assertThat(SchemaDescription.of(kind(), db.dataSource)).isEqualTo(SchemaDescription.recorded(kind()));
      assertThat(count(db, "SELECT COUNT(*) FROM " + history() + " WHERE " + (kind() == TestDatabase.H2 ? "\"version\"" : "version")
          + " IN ('1', '2', '3', '4', '5', '6')")).isEqualTo(6);
      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo(LATEST);
    }
  }

  @ParameterizedTest(name = "from version {0}")
  @ValueSource(strings = {"1", "2"})
  void aDatabaseAtAnEarlierVersionUpgradesWithItsDataIntact(String version) throws SQLException {
    try (FreshDatabase source = kind().create(); FreshDatabase db = kind().createEmpty()) {
      // the casework an adapter of that version could hold, copied row by row into a database at that version
      JdbcStorage current = source.storage();
      Casebook book = Casebook.writeWithoutMoney(current, SEED);
      Snapshot before = Snapshot.of(current, book);
      assertThat(JdbcStorage.migrate(db.dataSource, kind().dialect, version)).isEqualTo(version);
      assertThat(tables(db)).contains("liens_accompaniment").doesNotContain("liens_invoice", "liens_funding_agreement");
      LegacyRows.copy(source, db);

      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo(LATEST);

      assertThat(indexes(db, "liens_accompaniment")).contains("liens_accompaniment_status_ix",
          "liens_accompaniment_household_ix", "liens_accompaniment_prescriber_ix", "liens_accompaniment_funder_ix",
          "liens_accompaniment_last_day_ix", "liens_accompaniment_open_page_ix",
          "liens_accompaniment_prescriber_page_ix", "liens_accompaniment_funder_page_ix");
      assertThat(indexes(db, "liens_accompaniment_team")).contains("liens_accompaniment_team_educator_ix",
          "liens_accompaniment_team_members_ix");
      assertThat(indexes(db, "liens_referral")).contains("liens_referral_household_ix", "liens_referral_status_ix");
      assertThat(indexes(db, "liens_event")).contains("liens_event_pending_ix");
      assertThat(indexes(db, "liens_invoice")).contains("liens_invoice_accompaniment_ix", "liens_invoice_series_ix",
          "liens_invoice_agreement_ix", "liens_invoice_issued_ix");
      assertThat(indexes(db, "liens_credit_note")).contains("liens_credit_note_invoice_ix", "liens_credit_note_issued_ix");
      assertThat(indexes(db, "liens_agreement_offer")).contains("liens_agreement_offer_left_ix");
      assertThat(indexes(db, "liens_agreement_funder")).contains("liens_agreement_funder_funder_ix");
      assertThat(indexes(db, "liens_quote")).contains("liens_quote_client_ix");
      assertThat(indexes(db, "liens_audit_entry")).contains("liens_audit_entry_actor_ix", "liens_audit_entry_time_ix");
      assertThat(indexes(db, "liens_audit_subject")).contains("liens_audit_subject_ix", "liens_audit_subject_time_ix");
      // the unique keys answer findByNumber and ofQuote (H2 names their indexes after them, with a suffix)
      assertThat(indexes(db, "liens_invoice")).anyMatch(i -> i.startsWith("liens_invoice_number_uk"));
      assertThat(indexes(db, "liens_credit_note")).anyMatch(i -> i.startsWith("liens_credit_note_number_uk"));
      assertThat(indexes(db, "liens_workshop_series")).anyMatch(i -> i.startsWith("liens_workshop_series_quote_uk"));
      JdbcStorage upgraded = db.builder().build();
      Snapshot after = Snapshot.of(upgraded, book);
      assertThat(after.households).isEqualTo(before.households);
      assertThat(after.organisations).isEqualTo(before.organisations);
      assertThat(after.referrals).isEqualTo(before.referrals);
      assertThat(after.accompaniments).isEqualTo(before.accompaniments).allMatch(a -> a.tariff().isEmpty());
      assertThat(after.queries).isEqualTo(before.queries);
      assertThat(after.events).isEqualTo(before.events).isNotEmpty();
      InMemoryStorage memory = new InMemoryStorage();
      Casebook.writeWithoutMoney(memory, SEED);
      assertThat(after.queries).isEqualTo(Snapshot.of(memory, book).queries);

      // and the money side works on the upgraded database
      Liens liens = Liens.builder().storage(upgraded).clock(new TestClock(Casebook.BILLING)).seller(Casebook.SELLER)
          .build();
      FundingAgreement agreement = liens.agreements().conclude(Casebook.COORDINATOR, new AgreementTerms("CEJ",
          AgreementPeriod.year(2024), List.of(FunderShare.whole(book.departement.id())),
          List.of(AgreementLineTerms.atTariff(OfferCode.MADI, 2))));
      assertThat(liens.agreements().ofFunder(Casebook.COORDINATOR, book.departement.id())).containsExactly(agreement);
      assertThat(upgraded.inTransaction((Repositories r) ->
          r.invoiceNumberSequences().next(new NumberSeries("812345676", "F", 2024), Casebook.BILLING))).isEqualTo(1);

      // and the staff registry: empty after the upgrade, the teams' staff are registered under the ids teams hold
      assertThat(indexes(db, "liens_staff_member")).contains("liens_staff_member_organisation_ix");
      assertThat(upgraded.read((Repositories r) -> r.staff().ofOrganisation(book.departement.id()))).isEmpty();
      assertThatThrownBy(() -> liens.accompaniments().changeTeam(Casebook.COORDINATOR, book.madiActive.id(),
          book.madiActive.team())).isInstanceOf(RuleViolationException.class).hasMessageContaining("no staff member");
      Staffing.register(liens, Casebook.COORDINATOR, book.educators);
      assertThat(liens.accompaniments().changeTeam(Casebook.COORDINATOR, book.madiActive.id(),
          List.of(book.educators.get(3))).team()).containsExactly(book.educators.get(3));
    }
  }

  @Test
  void aDatabaseThatNamedPeopleGivesThemIdsAndKeepsWhoIsWho() throws Exception {
    try (FreshDatabase source = kind().create(); FreshDatabase db = kind().createEmpty()) {
      Casebook book = Casebook.writeWithoutMoney(source.storage(), SEED);
      Snapshot before = Snapshot.of(source.storage(), book);
      assertThat(JdbcStorage.migrate(db.dataSource, kind().dialect, "3")).isEqualTo("3");
      LegacyRows.copy(source, db);
      LegacyPeople.nameInsteadOfIds(db, kind(), before);

      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo(LATEST);

      Snapshot after = Snapshot.of(db.builder().build(), book);
      for (int i = 0; i < before.households.size(); i++) {
        HouseholdProfile was = before.households.get(i).profile();
        HouseholdProfile now = after.households.get(i).profile();
        assertThat(now.parents()).extracting(Parent::name).isEqualTo(was.parents().stream().map(Parent::name).toList());
        assertThat(now.caregivers()).extracting(Caregiver::name)
            .isEqualTo(was.caregivers().stream().map(Caregiver::name).toList());
        assertThat(now.children()).extracting(Child::name).isEqualTo(was.children().stream().map(Child::name).toList());
        assertThat(now.personIds()).hasSameSizeAs(was.personIds());
      }
      for (int i = 0; i < before.referrals.size(); i++) {
        Referral was = before.referrals.get(i);
        Referral now = after.referrals.get(i);
        assertThat(now.consent().map(c -> names(c.givenBy(), now, after)))
            .isEqualTo(was.consent().map(c -> names(c.givenBy(), was, before)));
        assertThat(now.consent().map(Consent::purposes)).isEqualTo(was.consent().map(Consent::purposes));
      }
      assertThat(after.accompaniments).hasSameSizeAs(before.accompaniments).isNotEmpty();
      for (int i = 0; i < before.accompaniments.size(); i++) {
        Accompaniment was = before.accompaniments.get(i);
        Accompaniment now = after.accompaniments.get(i);
        HouseholdProfile wasProfile = profile(before, was.household());
        HouseholdProfile nowProfile = profile(after, now.household());
        assertThat(now.supportPlan().map(p -> p.holders().stream().map(id -> LegacyPeople.name(id, nowProfile)).toList()))
            .isEqualTo(was.supportPlan().map(p -> p.holders().stream().map(id -> LegacyPeople.name(id, wasProfile)).toList()));
        assertThat(now.actionReport().map(r -> r.addressedTo().stream().map(id -> LegacyPeople.name(id, nowProfile)).toList()))
            .isEqualTo(was.actionReport().map(r -> r.addressedTo().stream().map(id -> LegacyPeople.name(id, wasProfile)).toList()));
        assertThat(now.consents().entries()).extracting(e -> e.purpose() + " " + e.act() + " " + e.on())
            .isEqualTo(was.consents().entries().stream().map(e -> e.purpose() + " " + e.act() + " " + e.on()).toList());
        assertThat(now.sharesProgressWithPrescriber()).isEqualTo(was.sharesProgressWithPrescriber());
        assertThat(now.consents().givers(ConsentPurpose.ACCOMPANIMENT))
            .isEqualTo(now.consents().entries().get(0).by().stream().collect(java.util.stream.Collectors.toSet()));
      }
      for (String query : before.queries.keySet().stream().filter(q -> q.startsWith("prescriber ")).toList()) {
        assertThat(after.queries.get(query)).extracting(a -> ((Accompaniment) a).id())
            .isEqualTo(before.queries.get(query).stream().map(a -> ((Accompaniment) a).id()).toList());
      }
    }
  }

  private static List<PersonName> names(List<PersonId> ids, Referral referral, Snapshot s) {
    HouseholdProfile profile = profile(s, referral.household());
    return ids.stream().map(id -> LegacyPeople.name(id, profile)).toList();
  }

  private static HouseholdProfile profile(Snapshot s, HouseholdId id) {
    return s.households.stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow().profile();
  }

  @Test
  void theMigrationsRunBesideTheHostsOwnTables() throws SQLException {
    try (FreshDatabase db = kind().createEmpty()) {
      try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE host_customer (id INT PRIMARY KEY, name VARCHAR(100))");
        s.execute("INSERT INTO host_customer VALUES (1, 'kept')");
      }

      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo(LATEST);

      assertThat(count(db, "SELECT COUNT(*) FROM host_customer WHERE name = 'kept'")).isEqualTo(1);
      assertThat(count(db, "SELECT COUNT(*) FROM liens_household")).isZero();
    }
  }

  @Test
  void liensMigrationsConfiguresTheHostsFlywayBesideTheHostsOwnHistory() throws SQLException {
    try (FreshDatabase db = kind().createEmpty()) {
      try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE host_customer (id INT PRIMARY KEY, name VARCHAR(100))");
      }
      Flyway.configure().dataSource(db.dataSource).baselineVersion("3").load().baseline(); // the host's own history

      Flyway liens = LiensMigrations.configure(Flyway.configure().dataSource(db.dataSource)).load();
      int shipped = liens.info().pending().length; // the versions are not contiguous: each task reserves its own
      MigrateResult result = liens.migrate();

      assertThat(shipped).isPositive();
      assertThat(result.migrationsExecuted).isEqualTo(shipped);
      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo(LATEST);
      assertThat(tables(db)).contains("host_customer", "flyway_schema_history", JdbcStorage.HISTORY_TABLE);
      assertThat(result.success).isTrue();
      String type = kind() == TestDatabase.MARIADB ? "type" : "\"type\""; // Flyway's quoted lower-case column
      assertThat(count(db, "SELECT COUNT(*) FROM " + history() + " WHERE " + type + " IN ('SQL', 'JDBC')"))
          .isEqualTo(shipped);
      Household anne = Household.register(HouseholdId.of(UUID.randomUUID()), AbstractJdbcStorageTest.profile("Anne"))
          .after();
      JdbcStorage storage = db.builder().build();
      storage.inTransaction((Repositories r) -> r.households().save(anne));
      assertThat(storage.read((Repositories r) -> r.households().find(anne.id()))).isPresent();
    }
  }

  @Test
  void theHostsOwnFlywayRunsTheSameMigrations() throws SQLException {
    try (FreshDatabase db = kind().createEmpty()) {
      Flyway.configure()
          .dataSource(db.dataSource)
          .locations(JdbcStorage.flywayLocation())
          .placeholders(kind().dialect.placeholders())
          .table(JdbcStorage.HISTORY_TABLE)
          .load()
          .migrate();

      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo(LATEST);
      JdbcStorage storage = db.builder().build();
      Casebook book = Casebook.write(storage, SEED);
      assertThat(storage.read((Repositories r) -> r.accompaniments().open())).isNotEmpty();
      assertThat(storage.read((Repositories r) -> r.invoices().issuedBetween(Casebook.BILLING, Casebook.BILLING.plusDays(1))))
          .hasSize(6);
      assertThat(book.households()).hasSize(7);
    }
  }

  /**
   * V17 (issue 14): a session stored before attendance was recorded was held and billed; the migration gives it the
   * children of its group as attendance, so it stays held, and fills the tables the attendance figures count.
   */
  @Test
  void sessionsStoredBeforeAttendanceStayHeldByTheirGroup() throws Exception {
    try (FreshDatabase db = kind().create()) {
      org.liens.storage.tck.Ledger ledger = org.liens.storage.tck.Ledger.partnersOn(db.storage());
      org.liens.workshop.WorkshopSeries series = ledger.liens.workshops().accept(Casebook.COORDINATOR,
          ledger.liens.workshops().propose(Casebook.COORDINATOR, org.liens.workshop.QuoteRequest.model(
              ledger.school.id(), 8, ledger.clock.today().plusDays(30))).id());
      for (int i = 0; i < 8; i++) {
        series = ledger.liens.workshops().enrol(Casebook.COORDINATOR, series.id(), Child.of(
            PersonName.of("Élève" + i, "Test"), ledger.clock.today().minusYears(9), org.liens.household.SchoolGrade.CE2));
      }
      for (int group = 1; group <= 2; group++) {
        series = ledger.liens.workshops().recordSession(Casebook.COORDINATOR, series.id(), group,
            ledger.clock.today(), org.liens.storage.tck.Ledger.everyChildOf(series, group));
      }
      try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM liens_group_attendance");
        s.executeUpdate("DELETE FROM liens_group_session");
        s.execute("DROP TABLE liens_group_attendance");
        s.execute("DROP TABLE liens_group_session");
        s.execute("ALTER TABLE liens_contact DROP COLUMN status"); // V18, after V17: back to a schema at V16
        stepBackOverV19(s);
        s.executeUpdate("DELETE FROM " + history() + " WHERE " + (kind() == TestDatabase.H2 ? "\"version\"" : "version")
            + " IN ('17', '18', '19')");
        String sessions;
        try (ResultSet rows = s.executeQuery("SELECT sessions FROM liens_workshop_series")) {
          rows.next();
          sessions = rows.getString(1);
        }
        String legacy = sessions.replaceAll(",?\"attended\":\\[[^\\]]*\\]", "");
        assertThat(legacy).doesNotContain("attended").isNotEqualTo(sessions);
        try (var update = c.prepareStatement("UPDATE liens_workshop_series SET sessions = ?")) {
          update.setString(1, legacy);
          update.executeUpdate();
        }
      }
      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo(LATEST);
      JdbcStorage upgraded = db.builder().build();
      org.liens.workshop.WorkshopSeries stored = series;
      assertThat(upgraded.read((Repositories r) -> r.workshopSeries().get(stored.id()))).isEqualTo(stored);
      java.time.LocalDate day = ledger.clock.today();
      assertThat(upgraded.read((Repositories r) -> r.workshopSeries().attendance(day, day)))
          .isEqualTo(org.liens.figures.WorkshopAttendance.compute(List.of(stored), day, day)).hasSize(2)
          .allMatch(g -> g.sessionsHeld() == 1 && g.attendances() == g.expected());
    }
  }

  /**
   * V19 (issue 12): figure facts stored before {@code recorded_to} existed are closed by the migration at the instant
   * their next revision was recorded, so every report "as known on" any instant reads the same numbers after the
   * upgrade as before it, and the facts recorded after it close their predecessors.
   */
  @Test
  void figureFactsStoredBeforeV19KeepEveryReportAsKnownOnAnyInstant() throws Exception {
    try (FreshDatabase db = kind().create()) {
      JdbcStorage storage = db.storage();
      java.time.Instant t0 = java.time.Instant.parse("2024-01-01T00:00:00Z");
      List<org.liens.figures.FigureQuery> queries = new java.util.ArrayList<>();
      for (int step = 0; step < 4; step++) {
        java.time.Instant at = t0.plusSeconds(3_600L * step);
        storage.inTransaction((Repositories r) -> {
          r.figureFacts().record(FigureFactRows.files(at), FigureFactRows.households(at), at);
          return null;
        });
        queries.add(FigureFactRows.query(at.minusSeconds(1)));
        queries.add(FigureFactRows.query(at));
      }
      List<org.liens.figures.FigureCounts> before = queries.stream()
          .map(q -> storage.read((Repositories r) -> r.figureFacts().count(q))).toList();
      try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
        stepBackOverV19(s);
        s.executeUpdate("DELETE FROM " + history() + " WHERE " + (kind() == TestDatabase.H2 ? "\"version\"" : "version")
            + " = '19'");
      }

      assertThat(JdbcStorage.migrate(db.dataSource)).isEqualTo(LATEST);

      JdbcStorage upgraded = db.builder().build();
      assertThat(queries.stream().map(q -> upgraded.read((Repositories r) -> r.figureFacts().count(q))).toList())
          .isEqualTo(before);
      assertThat(before.get(1)).isNotEqualTo(before.get(0));
      assertThat(before.get(7)).isNotEqualTo(before.get(5)).isNotEqualTo(before.get(3));
      assertThat(before.get(6)).isEqualTo(before.get(5)); // a second before the next revision: the earlier one
      assertThat(count(db, "SELECT COUNT(*) FROM liens_figure_file WHERE recorded_to IS NULL"))
          .isEqualTo(FigureFactRows.FILES);
      assertThat(count(db, "SELECT COUNT(*) FROM liens_figure_household WHERE recorded_to IS NULL"))
          .isEqualTo(FigureFactRows.FILES);
      java.time.Instant later = t0.plusSeconds(3_600L * 10);
      upgraded.inTransaction((Repositories r) -> {
        r.figureFacts().record(FigureFactRows.files(later), FigureFactRows.households(later), later);
        return null;
      });
      assertThat(count(db, "SELECT COUNT(*) FROM liens_figure_file WHERE recorded_to IS NULL"))
          .isEqualTo(FigureFactRows.FILES);
      assertThat(upgraded.read((Repositories r) -> r.figureFacts().count(queries.get(7)))).isEqualTo(before.get(7));
    }
  }

  /**
   * Issue 12: invoices, credit notes and agreements stored before V15 have no money or place facts; once recorded by
   * {@link JdbcStorage#recordMissingFigureFacts}, the report is the one the use cases would have given, reports as
   * known on an earlier instant stay as they were, and a second run records nothing.
   */
  @Test
  void moneyAndPlaceFactsMissingFromBeforeV15AreRecordedOnce() throws Exception {
    try (FreshDatabase db = kind().create()) {
      JdbcStorage storage = db.storage();
      Casebook.write(storage, SEED);
      java.time.Instant end = java.time.Instant.parse("2100-01-01T00:00:00Z");
      org.liens.figures.FigureQuery now = new org.liens.figures.FigureQuery(java.time.LocalDate.of(2000, 1, 1),
          java.time.LocalDate.of(2099, 1, 1), org.liens.figures.FigureFilters.NONE, end);
      org.liens.figures.FigureCounts withFacts = storage.read((Repositories r) -> r.figureFacts().count(now));
      assertThat(withFacts.count(org.liens.figures.FinanceKeys.INVOICES)).isPositive();
      assertThat(withFacts.counts().keySet()).anyMatch(k -> k.startsWith("places.") && k.endsWith(".agreed"));
      try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
        for (String table : List.of("liens_figure_money", "liens_figure_place", "liens_figure_agreement_funder",
            "liens_figure_agreement")) {
          s.executeUpdate("DELETE FROM " + table); // as a database upgraded from before V15 holds them
        }
      }
      org.liens.figures.FigureCounts without = storage.read((Repositories r) -> r.figureFacts().count(now));
      assertThat(without).isNotEqualTo(withFacts);

      java.time.Instant recorded = java.time.Instant.parse("2099-06-01T00:00:00Z");
      assertThat(storage.recordMissingFigureFacts(recorded)).isPositive();

      assertThat(storage.read((Repositories r) -> r.figureFacts().count(now))).isEqualTo(withFacts);
      org.liens.figures.FigureQuery before = new org.liens.figures.FigureQuery(now.from(), now.to(), now.filters(),
          recorded.minusSeconds(1));
      assertThat(storage.read((Repositories r) -> r.figureFacts().count(before))).isEqualTo(without);
      assertThat(storage.recordMissingFigureFacts(recorded.plusSeconds(60))).isZero();
      assertThat(storage.read((Repositories r) -> r.figureFacts().count(now))).isEqualTo(withFacts);
    }
  }

  /** Drops what V19 added: back to a schema at V18 (the history row is the caller's). */
  private static void stepBackOverV19(Statement s) throws SQLException {
    s.execute("ALTER TABLE liens_figure_file DROP COLUMN recorded_to");
    s.execute("ALTER TABLE liens_figure_household DROP COLUMN recorded_to");
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

  /** The names of the tables, lower-case. */
  private static Set<String> tables(FreshDatabase db) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Connection c = db.dataSource.getConnection();
        ResultSet rows = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
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
