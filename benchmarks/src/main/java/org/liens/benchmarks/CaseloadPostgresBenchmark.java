package org.liens.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.application.CaseloadPage;
import org.liens.accompaniment.application.PrescriberView;
import org.liens.organisation.OrganisationId;
import org.liens.storage.PageRequest;
import org.liens.storage.PrescriberCaseloadRow;
import org.liens.storage.jdbc.JdbcStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One prescriber's caseload on PostgreSQL (issue 13, targets 3 and 7), among {@link #accompaniments} accompaniments
 * of {@link CaseloadFixture} loaded with the JDBC bulk import into a database of their own
 * ({@code liens_bench_caseload_<size>}, suffixed with the configured database's name unless it is {@code test}, or
 * the name in {@code -Dliens.bench.caseload.database}; kept between runs and reloaded when its marker does not
 * match), read through a connection pool as a host would: the first page of 50 views and the whole caseload through
 * the service,
 * each next to one hand-written SQL query that returns what a prescriber's screen shows (the row's dates and
 * status, the team as an array, the home visits and remote contacts counted by the database). Sampled, so that JMH
 * prints the percentiles (p95). The server is {@code LIENS_POSTGRES_URL}, by default the local one.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CaseloadPostgresBenchmark extends BenchmarkSettings {
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  /** Changes whenever the fixture changes, so that a kept database is reloaded. */
  static final int FIXTURE_VERSION = 1;
  static final int PAGE = 50;
  /** The page size: {@link #PAGE}, smaller in the build's set-up check. */
  int pageSize = PAGE;
  static final String BY_HAND = "SELECT a.id, a.referral_id, a.offer_code, a.status, a.opened_on, a.period_start,"
      + " a.last_day, a.ended_on,"
      + " ARRAY(SELECT t.educator_id FROM liens_accompaniment_team t WHERE t.accompaniment_id = a.id"
      + " ORDER BY t.ordinal) AS team,"
      + " (SELECT COUNT(*) FROM liens_contact c WHERE c.accompaniment_id = a.id AND c.kind = 'HOME_VISIT' AND c.status = 'HELD') AS visits,"
      + " (SELECT COUNT(*) FROM liens_contact c WHERE c.accompaniment_id = a.id AND c.kind = 'REMOTE_CONTACT' AND c.status = 'HELD')"
      + " AS remote FROM liens_accompaniment a WHERE a.prescriber_id = ? AND a.status IN ('VALIDATED', 'ACTIVE')"
      + " AND a.shares_with_prescriber ORDER BY a.opened_on, a.id";

  /** The hand-written query with the household of each line, for the audited baseline. */
  static final String BY_HAND_WITH_HOUSEHOLD = BY_HAND.replace("SELECT a.id,", "SELECT a.id, a.household_id,");
  /**
   * The audit entry naming the households read, written by hand as Liens writes it on PostgreSQL (the entry in a
   * {@code WITH}, its subjects in one INSERT), the households as one array.
   */
  static final String AUDIT_BY_HAND = "WITH e AS (INSERT INTO liens_audit_entry (id, occurred_at, actor_user_id,"
      + " actor_role, actor_organisation_id, actor_staff_id, operation, outcome) VALUES (?, ?, 'bench', 'COORDINATOR',"
      + " NULL, NULL, '" + Operation.PRESCRIBER_CASELOAD_READ.code() + "', 'ALLOWED'))"
      + " INSERT INTO liens_audit_subject (entry_id, subject_kind, subject_id, occurred_at)"
      + " SELECT ?, 'HOUSEHOLD', h, ? FROM unnest(?) AS h";

  @Param({"10000", "100000"})
  public int accompaniments;

  HikariDataSource pool;
  JdbcStorage storage;
  Liens liens;
  OrganisationId prescriber;
  final Actor actor = Actor.of("bench", Role.COORDINATOR);

  /** A line of the prescriber's screen, as the hand-written query returns it. */
  record ScreenLine(UUID accompaniment, UUID referral, String offer, String status, LocalDate openedOn,
      LocalDate firstAppointment, LocalDate lastDay, LocalDate endedOn, List<UUID> team, long homeVisits,
      long remoteContacts) {}

  /** {@return the server's URL: {@code LIENS_POSTGRES_URL}, or the local server} */
  static String serverUrl() {
    String url = System.getenv("LIENS_POSTGRES_URL");
    return url == null || url.isBlank() ? DEFAULT_URL : url;
  }

  @Setup
  public void setUp() throws SQLException {
    CaseloadFixture fixture = new CaseloadFixture(13);
    // named after the configured database too, so that runs configured on different databases of one server
    // (several builds at once) never migrate or load each other's copy
    String base = serverUrl().replaceFirst("^[^/]*//[^/]+/([^?]*).*$", "$1");
    String database = System.getProperty("liens.bench.caseload.database", "liens_bench_caseload_" + accompaniments
        + (base.isEmpty() || base.equals("test") ? "" : "_" + base.replaceAll("[^A-Za-z0-9_]", "_")));
    String url = serverUrl().replaceFirst("(//[^/]+/)[^?]*", "$1" + database);
    boolean loaded = marked(url) && opened(url); // a kept copy that this build's migrations accept
    if (!loaded) {
      try (Connection admin = java.sql.DriverManager.getConnection(serverUrl());
          Statement statement = admin.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + database);
        statement.execute("CREATE DATABASE " + database);
      }
      if (!opened(url)) {
        throw new IllegalStateException("the new benchmark database refuses the Liens migrations");
      }
      load(storage, fixture);
    }
    prescriber = fixture.measured();
    liens = Liens.builder().storage(storage)
        .clock(Clock.fixed(CaseloadFixture.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
    System.out.println("[caseload] PostgreSQL: " + accompaniments + " accompaniments" + (loaded ? " (kept)" : "")
        + ", the prescriber's caseload: " + wholeCaseloadByHand().size() + " rows");
  }

  /**
   * Opens the pool and the storage on {@code url}, migrating it; false (and nothing open) if its schema is another
   * build's (a migration this build does not ship, or ships out of order), so that the copy is loaded again.
   */
  private boolean opened(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(2);
    pool = new HikariDataSource(config);
    try {
      storage = JdbcStorage.builder(pool).migrate(true).build();
      return true;
    } catch (org.liens.shared.StorageException e) {
      pool.close();
      return false;
    }
  }

  private boolean marked(String url) {
    try (Connection c = java.sql.DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT size, version FROM liens_bench_marker")) {
      return rows.next() && rows.getInt(1) == accompaniments && rows.getInt(2) == FIXTURE_VERSION;
    } catch (SQLException e) {
      return false; // no database or no marker: load it
    }
  }

  private void load(JdbcStorage storage, CaseloadFixture fixture) throws SQLException {
    storage.bulkImport().organisations(fixture.organisations).run();
    int batch = 20_000;
    List<CaseloadFixture.Case> cases = new ArrayList<>(batch);
    fixture.generate(accompaniments, c -> {
      cases.add(c);
      if (cases.size() == batch) {
        importCases(storage, cases);
      }
    });
    importCases(storage, cases);
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("ANALYZE");
      s.execute("CREATE TABLE liens_bench_marker (size INT, version INT)");
      s.execute("INSERT INTO liens_bench_marker VALUES (" + accompaniments + ", " + FIXTURE_VERSION + ")");
    }
  }

  private static void importCases(JdbcStorage storage, List<CaseloadFixture.Case> cases) {
    if (!cases.isEmpty()) {
      storage.bulkImport()
          .households(cases.stream().map(CaseloadFixture.Case::household).toList())
          .referrals(cases.stream().map(CaseloadFixture.Case::validated).toList())
          .accompaniments(cases.stream().map(CaseloadFixture.Case::accompaniment).toList())
          .run();
      cases.clear();
    }
  }

  @TearDown
  public void tearDown() {
    pool.close();
  }

  /** The prescriber's first screen through the service: 50 views, progress included. */
  @Benchmark
  public CaseloadPage<PrescriberView> firstPage() {
    return liens.caseload().ofPrescriber(actor, prescriber, PageRequest.first(pageSize));
  }

  /** Baseline: the first 50 lines of the screen, by one hand-written query. */
  @Benchmark
  public List<ScreenLine> firstPageByHand() throws SQLException {
    return byHand(BY_HAND + " LIMIT " + pageSize);
  }

  /**
   * The hand-written first page inside a transaction opened as the adapter opens a read (auto-commit off, isolation
   * read, {@code SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY}, commit, settings restored): what the
   * round trips around the statement cost, apart from the statement.
   */
  @Benchmark
  public List<ScreenLine> firstPageByHandInATransaction() throws SQLException {
    try (Connection c = pool.getConnection()) {
      int isolation = c.getTransactionIsolation();
      c.setAutoCommit(false);
      try (Statement begin = c.createStatement()) {
        begin.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      }
      List<ScreenLine> lines = byHand(c, BY_HAND + " LIMIT " + pageSize);
      c.commit();
      c.setAutoCommit(true);
      c.setTransactionIsolation(isolation);
      return lines;
    }
  }

  /**
   * Baseline doing the service's work by hand: in one write transaction, the first page by the hand-written query,
   * then the audit entry naming its households (one statement), then the commit, which waits for the WAL flush.
   */
  @Benchmark
  public List<ScreenLine> firstPageByHandAudited() throws SQLException {
    return audited(BY_HAND_WITH_HOUSEHOLD + " LIMIT " + pageSize);
  }

  /** The same audited baseline for the whole caseload. */
  @Benchmark
  public List<ScreenLine> wholeCaseloadByHandAudited() throws SQLException {
    return audited(BY_HAND_WITH_HOUSEHOLD);
  }

  private List<ScreenLine> audited(String sql) throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      List<UUID> households = new ArrayList<>();
      List<ScreenLine> lines = byHand(c, sql, households);
      try (PreparedStatement audit = c.prepareStatement(AUDIT_BY_HAND)) {
        UUID entry = UUID.randomUUID();
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        audit.setObject(1, entry);
        audit.setTimestamp(2, now);
        audit.setObject(3, entry);
        audit.setTimestamp(4, now);
        audit.setArray(5, c.createArrayOf("uuid", households.stream().distinct().toArray()));
        audit.executeUpdate();
      }
      c.commit();
      c.setAutoCommit(true);
      return lines;
    }
  }

  /** The first page from storage: whole accompaniments, without the views. */
  @Benchmark
  public List<Accompaniment> firstPageFromStorage() {
    return storage.read(r -> r.accompaniments().openOfPrescriber(prescriber, PageRequest.first(pageSize)));
  }

  /**
   * The first page from storage as the rows the prescriber's screen needs ({@code prescriberCaseload}: one narrow
   * statement, the contacts counted by the database), what the service reads since issue 13's third pass.
   */
  @Benchmark
  public List<PrescriberCaseloadRow> firstPageRowsFromStorage() {
    return storage.read(r -> r.accompaniments().prescriberCaseload(prescriber, CaseloadFixture.TODAY,
        PageRequest.first(pageSize)));
  }

  /** The whole caseload from storage as the screen's rows, without the service's access check and audit entry. */
  @Benchmark
  public List<PrescriberCaseloadRow> wholeCaseloadRowsFromStorage() {
    return storage.read(r -> r.accompaniments().prescriberCaseload(prescriber, CaseloadFixture.TODAY));
  }

  /** The whole caseload through the service: divided by its rows, the per-row cost. */
  @Benchmark
  public List<PrescriberView> wholeCaseload() {
    return liens.caseload().ofPrescriber(actor, prescriber);
  }

  /** Baseline: the whole screen by one hand-written query. */
  @Benchmark
  public List<ScreenLine> wholeCaseloadByHand() throws SQLException {
    return byHand(BY_HAND);
  }

  private List<ScreenLine> byHand(String sql) throws SQLException {
    try (Connection c = pool.getConnection()) {
      return byHand(c, sql);
    }
  }

  private List<ScreenLine> byHand(Connection c, String sql) throws SQLException {
    return byHand(c, sql, null);
  }

  /** The lines of {@code sql}; with {@code households}, also the household of each (its query selects it). */
  private List<ScreenLine> byHand(Connection c, String sql, List<UUID> households) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setObject(1, prescriber.value());
      List<ScreenLine> lines = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Array team = rows.getArray("team");
          if (households != null) {
            households.add(rows.getObject("household_id", UUID.class));
          }
          lines.add(new ScreenLine(rows.getObject("id", UUID.class), rows.getObject("referral_id", UUID.class),
              rows.getString("offer_code"), rows.getString("status"), rows.getObject("opened_on", LocalDate.class),
              rows.getObject("period_start", LocalDate.class), rows.getObject("last_day", LocalDate.class),
              rows.getObject("ended_on", LocalDate.class), List.of((UUID[]) team.getArray()),
              rows.getLong("visits"), rows.getLong("remote")));
        }
      }
      return lines;
    }
  }
}
