package org.liens.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.liens.storage.jdbc.BulkImport;
import org.liens.storage.jdbc.JdbcStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Issue 13, target 5: a bulk import of a generated population (households, referrals, accompaniments with their
 * teams and contacts: 100 k accompaniments carry about 1 M contacts; and their figure facts, one per household and one
 * per file) into an empty database, several ways in the same run: Liens' default import (multi-row INSERTs), Liens'
 * {@code COPY} import (plain, with its foreign keys checked once per table, {@code BulkImport.checkReferencesOnce}, and
 * with its indexes built once, {@code buildIndexesOnce}), and the baseline, plain JDBC batches of 1,000 one-row
 * INSERTs (pgjdbc's defaults) of the very rows Liens wrote, read back once at set-up, then the UPDATE of the
 * referrals' links. The baseline thus skips turning aggregates into rows (JSON included), which Liens' imports pay:
 * the ratio is conservative. The organisations and the staff are stored once per trial, untimed.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx6g"})
public class PopulationImportBenchmark extends BenchmarkSettings {
  /** The tables an import writes, parents first, then the figure facts (issue 12). */
  static final List<String> TABLES = List.of("liens_household", "liens_referral", "liens_accompaniment",
      "liens_accompaniment_team", "liens_contact", "liens_figure_household", "liens_figure_file");
  /** The clock of Liens' imports: their figure facts are recorded at the same instant, so every import's rows equal. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
  private static final int BATCH = 1_000;

  @Param({"100000"})
  public int accompaniments;

  @Param({"postgresql"})
  public String database;

  /** Rows per statement of Liens' imports ({@code JdbcStorage.Builder#batchSize}); the baseline's batches stay 1,000. */
  @Param({"1000"})
  public int batchSize = 1_000;

  Population population;
  PopulationDatabase db;
  JdbcStorage storage;
  /** The rows of each table as Liens wrote them, column names first. */
  final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

  /**
   * Generates the population, creates the database with its organisations and staff, and, for the baseline's trial
   * only, imports the population once to read back the rows the baseline will write.
   *
   * @param params which benchmark this trial runs
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    population = PopulationGenerator.generate(2023, accompaniments);
    db = PopulationDatabase.create(database);
    storage = JdbcStorage.builder(db.dataSource).batchSize(batchSize).clock(CLOCK).build();
    PopulationLoad.saveOrganisationsAndStaff(population, storage);
    if (params == null || params.getBenchmark().endsWith(".plainJdbcBatch")) {
      liensDefault();
      for (String table : TABLES) {
        rows.put(table, db.read(table));
      }
      empty();
    }
  }

  /** The set-up of every trial, the baseline's rows included (for tests). */
  void setUp() {
    setUp(null);
  }

  /** Empties the imported tables before each import. */
  @Setup(Level.Iteration)
  public void empty() {
    if (db.kind.equals("postgresql")) {
      db.execute("TRUNCATE " + String.join(", ", TABLES) + " CASCADE");
    } else {
      db.execute("SET REFERENTIAL_INTEGRITY FALSE", "UPDATE liens_referral SET accompaniment_id = NULL");
      for (int i = TABLES.size() - 1; i >= 0; i--) {
        db.execute("DELETE FROM " + TABLES.get(i));
      }
      db.execute("SET REFERENTIAL_INTEGRITY TRUE");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    db.close();
  }

  /** {@return what Liens' default import wrote} */
  @Benchmark
  public BulkImport.ImportSummary liensDefault() {
    return storage.bulkImport().households(population.households()).referrals(population.referrals())
        .accompaniments(population.accompaniments()).run();
  }

  /** {@return what Liens' COPY import wrote} */
  @Benchmark
  public BulkImport.ImportSummary liensCopy() {
    return storage.bulkImport().copy(true).households(population.households()).referrals(population.referrals())
        .accompaniments(population.accompaniments()).run();
  }

  /** {@return what Liens' COPY import wrote, its foreign keys checked once per table} */
  @Benchmark
  public BulkImport.ImportSummary liensCopyCheckedOnce() {
    return storage.bulkImport().copy(true).checkReferencesOnce(true).households(population.households())
        .referrals(population.referrals()).accompaniments(population.accompaniments()).run();
  }

  /** {@return what Liens' COPY import wrote, its indexes built and its keys checked once per table} */
  @Benchmark
  public BulkImport.ImportSummary liensCopyIndexesOnce() {
    return storage.bulkImport().copy(true).buildIndexesOnce(true).households(population.households())
        .referrals(population.referrals()).accompaniments(population.accompaniments()).run();
  }

  /**
   * {@return the rows the baseline wrote}: each table with one prepared INSERT in batches of 1,000, the referrals'
   * accompaniment and predecessor links NULL, then one batched UPDATE of those links, in one transaction.
   */
  @Benchmark
  public long plainJdbcBatch() throws SQLException {
    long written = 0;
    try (Connection c = db.dataSource.getConnection()) {
      c.setAutoCommit(false);
      for (String table : TABLES) {
        written += insert(c, table, rows.get(table));
      }
      List<Object[]> referrals = rows.get("liens_referral");
      List<String> names = Arrays.asList((String[]) referrals.get(0));
      int id = names.indexOf("id");
      int succeeds = names.indexOf("succeeds_id");
      int accompaniment = names.indexOf("accompaniment_id");
      try (PreparedStatement update = c.prepareStatement(
          "UPDATE liens_referral SET succeeds_id = ?, accompaniment_id = ? WHERE id = ?")) {
        int pending = 0;
        for (Object[] row : referrals.subList(1, referrals.size())) {
          if (row[succeeds] == null && row[accompaniment] == null) {
            continue;
          }
          update.setObject(1, row[succeeds]);
          update.setObject(2, row[accompaniment]);
          update.setObject(3, row[id]);
          update.addBatch();
          if (++pending == BATCH) {
            update.executeBatch();
            pending = 0;
          }
        }
        update.executeBatch();
      }
      c.commit();
    }
    return written;
  }

  /**
   * {@return every row of the imported tables as text, sorted, table by table}: what the set-up test compares
   * after each of the imports.
   */
  List<String> stored() {
    List<String> all = new java.util.ArrayList<>();
    for (String table : TABLES) {
      List<Object[]> read = db.read(table);
      List<String> lines = new java.util.ArrayList<>();
      for (Object[] row : read.subList(1, read.size())) {
        lines.add(table + Arrays.toString(row));
      }
      lines.sort(null);
      all.addAll(lines);
    }
    return all;
  }

  private static int insert(Connection c, String table, List<Object[]> rows) throws SQLException {
    String[] names = (String[]) rows.get(0);
    List<String> links = List.of("succeeds_id", "accompaniment_id", "predecessor_id", "successor_id");
    String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
        + "?, ".repeat(names.length - 1) + "?)";
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      int pending = 0;
      for (Object[] row : rows.subList(1, rows.size())) {
        for (int i = 0; i < names.length; i++) {
          boolean link = links.contains(names[i]) && (table.equals("liens_referral")
              || table.equals("liens_accompaniment"));
          insert.setObject(i + 1, link ? null : row[i]);
        }
        insert.addBatch();
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      insert.executeBatch();
    }
    return rows.size() - 1;
  }
}
