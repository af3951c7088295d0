package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.liens.household.Household;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.referral.Referral;
import org.liens.referral.ReferralStatus;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.Casebook;
import org.liens.storage.tck.Snapshot;

/**
 * Issue 13, target 5: a bulk import that streams its rows with {@code COPY} writes, row by row and column by
 * column, what the default import's multi-row INSERTs write, refuses what they refuse with the same error, and
 * stores nothing when it fails.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresCopyImportTest extends JdbcStorageTestBase {
  private static final long SEED = 20231203L;
  /** Every character COPY's text format escapes, and quotes, in a column stored as plain text (a reason). */
  private static final String ESCAPED = "Back\\slash \\N tab\tnew\nline\rreturn 'quote' \"double\"";
  /** A backslash, COPY's escape and null marker, and quotes in a name (which holds no control character). */
  private static final String NAME = "Back\\slash \\N 'quote' \"double\"";

  @Test
  void aCopyImportWritesTheSameRowsAsTheDefaultImport() {
    InMemoryStorage memory = new InMemoryStorage();
    Casebook book = Casebook.write(memory, SEED);
    Snapshot expected = Snapshot.of(memory, book);
    Organisation escaped = Organisation.register(OrganisationId.of(UUID.randomUUID()), NAME,
        OrganisationKind.ASSOCIATION).after();
    Referral undecided = expected.referrals.stream().filter(r -> r.status() == ReferralStatus.ASSESSED)
        .findFirst().orElseThrow();
    expected.referrals = expected.referrals.stream()
        .map(r -> r == undecided ? r.reject(ESCAPED, r.receivedOn()).after() : r).toList();
    java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-12-03T10:15:30.123456Z"),
        java.time.ZoneOffset.UTC); // the figure facts' recorded instant, the same in the three databases
    try (FreshDatabase other = kind().create(); FreshDatabase third = kind().create();
        FreshDatabase fourth = kind().create()) {
      BulkImport.ImportSummary inserted = importInto(database.builder().clock(clock).build().bulkImport(), expected,
          escaped);
      BulkImport.ImportSummary copied = importInto(other.builder().clock(clock).build().bulkImport().copy(true),
          expected, escaped);
      BulkImport.ImportSummary checkedOnce = importInto(
          third.builder().clock(clock).build().bulkImport().copy(true).checkReferencesOnce(true), expected, escaped);
      BulkImport.ImportSummary indexedOnce = importInto(
          fourth.builder().clock(clock).build().bulkImport().copy(true).buildIndexesOnce(true), expected, escaped);

      assertThat(copied).isEqualTo(inserted);
      assertThat(copied.contacts()).isPositive();
      Map<String, List<String>> rows = rows(database.dataSource);
      assertThat(rows.get("liens_contact")).hasSize(copied.contacts());
      assertThat(rows.get("liens_organisation")).anyMatch(row -> row.contains("name=" + NAME + "|"));
      assertThat(rows.get("liens_referral")).anyMatch(row -> row.contains("rejection_reason=" + ESCAPED + "|"));
      for (String facts : List.of("liens_figure_file", "liens_figure_household", "liens_figure_agreement",
          "liens_figure_agreement_funder", "liens_figure_place")) {
        assertThat(rows.get(facts)).as(facts).isNotEmpty();
      }
      assertThat(rows(other.dataSource)).isEqualTo(rows);
      assertThat(checkedOnce).isEqualTo(inserted);
      assertThat(rows(third.dataSource)).isEqualTo(rows);
      assertThat(foreignKeys(third.dataSource)).isEqualTo(foreignKeys(database.dataSource));
      assertThat(indexedOnce).isEqualTo(inserted);
      assertThat(rows(fourth.dataSource)).isEqualTo(rows);
      assertThat(foreignKeys(fourth.dataSource)).isEqualTo(foreignKeys(database.dataSource));
      assertThat(indexes(fourth.dataSource)).isEqualTo(indexes(database.dataSource)).isNotEmpty();
    }
  }

  @Test
  void aCopyImportWithADuplicateIdIsRefusedAsTheInsertsAreAndStoresNothing() {
    Household stored = storage.inTransaction(r -> r.households().save(Household.register(
        org.liens.household.HouseholdId.of(UUID.randomUUID()), AbstractJdbcStorageTest.profile("Déjà là")).after()));
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      households.add(Household.register(org.liens.household.HouseholdId.of(UUID.randomUUID()),
          AbstractJdbcStorageTest.profile("Famille")).after());
    }
    households.add(stored.withVersion(0));
    StoredRows before = StoredRows.of(database.dataSource);

    Map<String, List<String>> indexes = indexes(database.dataSource);

    Throwable copied = catchThrowable(() -> storage.bulkImport().copy(true).households(households).run());
    Throwable inserted = catchThrowable(() -> storage.bulkImport().households(households).run());
    Throwable indexedOnce = catchThrowable(
        () -> storage.bulkImport().copy(true).buildIndexesOnce(true).households(households).run());

    assertThat(copied).isInstanceOf(IntegrityViolationException.class);
    assertThat(((IntegrityViolationException) copied).code()).isEqualTo(ErrorCode.DUPLICATE_ID);
    assertThat(((IntegrityViolationException) inserted).code()).isEqualTo(ErrorCode.DUPLICATE_ID);
    assertThat(indexedOnce).isInstanceOfSatisfying(IntegrityViolationException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
    AbstractJdbcStorageTest.assertNoPersonalData(copied);
    AbstractJdbcStorageTest.assertNoPersonalData(indexedOnce);
    assertThat(StoredRows.of(database.dataSource)).isEqualTo(before);
    assertThat(indexes(database.dataSource)).isEqualTo(indexes);
  }

  @Test
  void aCopyImportReportsItsProgressAndStatementsPerTable() {
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      households.add(Household.register(org.liens.household.HouseholdId.of(UUID.randomUUID()),
          AbstractJdbcStorageTest.profile("Famille")).after());
    }
    List<ImportProgress> reports = new ArrayList<>();

    long statements = storage.inTransaction(r -> {
      long start = r.statementCount();
      storage.bulkImport().copy(true).progress(reports::add).households(households).run();
      return r.statementCount() - start;
    });

    assertThat(statements).as("one COPY of the households, one of their figure facts, one ANALYZE").isEqualTo(3);
    assertThat(reports).extracting(ImportProgress::rowsDone).isSorted().contains(1_000L, 2_500L);
    assertThat(reports.get(reports.size() - 1).done()).isTrue();
    assertThat(StoredRows.of(database.dataSource).counts()).containsEntry("liens_household", 2_500L);
  }

  @Test
  void aCopyThatChecksReferencesOrBuildsIndexesOnceRefusesADanglingReferenceStoresNothingAndKeepsItsKeys() {
    InMemoryStorage memory = new InMemoryStorage();
    Casebook book = Casebook.write(memory, SEED);
    Snapshot expected = Snapshot.of(memory, book);
    Map<String, List<String>> keys = foreignKeys(database.dataSource);
    StoredRows before = StoredRows.of(database.dataSource);

    Map<String, List<String>> indexes = indexes(database.dataSource);

    for (boolean indexedOnce : List.of(false, true)) {
      Throwable failure = catchThrowable(() -> storage.bulkImport().copy(true).checkReferencesOnce(true)
          .buildIndexesOnce(indexedOnce)
          .referrals(expected.referrals.stream().map(r -> r.withVersion(0)).toList())
          .accompaniments(expected.accompaniments.stream().map(a -> a.withVersion(0)).toList())
          .run()); // neither their households nor their organisations are in

      assertThat(failure).isInstanceOf(IntegrityViolationException.class);
      assertThat(((IntegrityViolationException) failure).code()).isEqualTo(ErrorCode.DANGLING_REFERENCE);
      AbstractJdbcStorageTest.assertNoPersonalData(failure);
      assertThat(StoredRows.of(database.dataSource)).isEqualTo(before);
      assertThat(foreignKeys(database.dataSource)).isEqualTo(keys).isNotEmpty();
      assertThat(indexes(database.dataSource)).isEqualTo(indexes);
    }
  }

  /** The indexes and the primary and unique keys of the Liens tables, by table, as PostgreSQL prints them. */
  private static Map<String, List<String>> indexes(DataSource dataSource) {
    Map<String, List<String>> indexes = new java.util.TreeMap<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'"
            + " UNION ALL SELECT conrelid::regclass::text, conname || ' ' || pg_get_constraintdef(oid)"
            + " FROM pg_constraint WHERE contype IN ('p', 'u') ORDER BY 1, 2")) {
      while (r.next()) {
        indexes.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(r.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the indexes", e);
    }
    return indexes;
  }

  /** The foreign keys of the Liens tables, by table, as PostgreSQL prints them. */
  private static Map<String, List<String>> foreignKeys(DataSource dataSource) {
    Map<String, List<String>> keys = new java.util.TreeMap<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
            + " FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2")) {
      while (r.next()) {
        keys.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(r.getString(2) + " " + r.getString(3));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the foreign keys", e);
    }
    return keys;
  }

  private static BulkImport.ImportSummary importInto(BulkImport bulkImport, Snapshot expected, Organisation extra) {
    List<Organisation> organisations = new ArrayList<>(expected.organisations.stream().map(o -> o.withVersion(0)).toList());
    organisations.add(extra);
    return bulkImport
        .organisations(organisations)
        .households(expected.households.stream().map(h -> h.withVersion(0)).toList())
        .agreements(expected.agreements.stream().map(a -> a.withVersion(0)).toList())
        .referrals(expected.referrals.stream().map(r -> r.withVersion(0)).toList())
        .accompaniments(expected.accompaniments.stream().map(a -> a.withVersion(0)).toList())
        .run();
  }

  /** Every row of every Liens table, each as the text of its columns, sorted: the stored state, compared whole. */
  private static Map<String, List<String>> rows(DataSource dataSource) {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String table : TestDatabase.TABLES) {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = s.executeQuery("SELECT * FROM " + table)) {
          int columns = result.getMetaData().getColumnCount();
          while (result.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
              row.append(result.getMetaData().getColumnName(i)).append('=').append(result.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        tables.put(table, rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the stored rows", e);
    }
    return tables;
  }
}
