package org.liens.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.catalog.ContactTargets;
import org.liens.catalog.ExitReasons;
import org.liens.catalog.OfferCode;
import org.liens.catalog.TargetRange;
import org.liens.figures.FigureCounts;
import org.liens.figures.FigureFilters;
import org.liens.figures.FigureQuery;
import org.liens.figures.FileFact;
import org.liens.figures.AgreementFact;
import org.liens.figures.MoneyFact;
import org.liens.figures.PlaceFact;
import org.liens.agreement.AgreementId;
import org.liens.accompaniment.AccompanimentId;
import org.liens.figures.FileOutcome;
import org.liens.figures.HouseholdFact;
import org.liens.household.EmploymentSituation;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.referral.ReferralId;
import org.liens.storage.Storage;
import org.liens.storage.jdbc.JdbcStorage;
import org.liens.storage.memory.InMemoryStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 12: the counts of the activity report over {@link #accompaniments} files (each with its household, 80 %
 * validated, contacts, durations and exit reasons; an invoice for each started one, a credit note for one in ten; 80
 * funding agreements with 40,000 places taken), computed by the storage, for the whole period and narrowed to one
 * funder. The facts are written through the {@code FigureFacts} port in batches, as the engine writes them; on
 * PostgreSQL in a database of its own ({@code -Dliens.bench.postgres=jdbc:postgresql://127.0.0.1:5432/…}, user
 * {@code postgres}), dropped at the end.
 */
public class FiguresBenchmark extends BenchmarkSettings {
  static final int FUNDERS = 20;
  static final LocalDate FROM = LocalDate.of(2020, 7, 1);

  @Param({"memory", "h2", "postgresql"})
  public String storage;

  @Param({"100000"})
  public int accompaniments;

  /**
   * The revisions recorded per file: each use case that changes a file records one (a referral's consent and
   * assessment, its validation, the start, every contact), so a file of ten contacts has about fifteen. The earlier
   * revisions carry fewer contacts; the last one is what a report counts.
   */
  @Param({"12"})
  public int revisions;

  Storage store;
  final List<OrganisationId> funders = new ArrayList<>();
  FigureQuery all;
  FigureQuery oneFunder;
  private String database;
  private PGSimpleDataSource server;

  @Setup
  public void setUp() {
    store = switch (storage) {
      case "memory" -> new InMemoryStorage();
      case "h2" -> {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:figures-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        yield JdbcStorage.builder(h2).migrate(true).build();
      }
      default -> {
        server = postgres();
        yield JdbcStorage.builder(server).migrate(true).build();
      }
    };
    for (int f = 0; f < FUNDERS; f++) {
      funders.add(OrganisationId.of(new UUID(30, f)));
    }
    Random random = new Random(12);
    Instant at = DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    List<String> reasons = ExitReasons.standard().codes();
    for (int start = 0; start < accompaniments; start += 5_000) {
      List<FileFact> files = new ArrayList<>();
      List<HouseholdFact> households = new ArrayList<>();
      for (int i = start; i < Math.min(accompaniments, start + 5_000); i++) {
        HouseholdId household = HouseholdId.of(new UUID(31, i));
        households.add(new HouseholdFact(household, random.nextInt(4), random.nextInt(4) > 0,
            EmploymentSituation.values()[random.nextInt(4)], random.nextInt(7) == 0,
            Optional.of(random.nextBoolean() ? "Gard" : "Hérault"), 1));
        files.add(file(i, household, random, reasons));
      }
      List<MoneyFact> money = new ArrayList<>();
      for (FileFact f : files) {
        f.firstAppointment().ifPresent(first -> money(f, first, random, money));
      }
      for (int revision = 1; revision < revisions; revision++) {
        List<FileFact> earlier = earlier(files, revision);
        Instant recorded = at.minusSeconds(3_600L * (revisions - revision));
        store.inTransaction(r -> {
          r.figureFacts().record(earlier, List.of(), recorded);
          return null;
        });
      }
      store.inTransaction(r -> {
        r.figureFacts().record(files, households, at);
        r.figureFacts().recordFinance(money, List.of(), List.of(), at);
        return null;
      });
    }
    agreements(at);
    if (server != null) {
      // as autovacuum leaves a database that lived: the updates that closed earlier revisions vacuumed, the planner's
      // statistics taken (a freshly loaded table read without them is planned as if it were nearly empty)
      execute(server, "VACUUM ANALYZE");
    }
    all = new FigureQuery(FROM, LocalDate.of(2023, 7, 31), FigureFilters.NONE, at);
    oneFunder = new FigureQuery(FROM, LocalDate.of(2023, 7, 31), FigureFilters.NONE.withFunder(funders.get(3)), at);
  }

  /** {@return the files as an earlier revision recorded them: the same file with one contact per revision at most} */
  private List<FileFact> earlier(List<FileFact> files, int revision) {
    List<FileFact> earlier = new ArrayList<>(files.size());
    for (FileFact f : files) {
      earlier.add(new FileFact(f.file(), f.household(), f.offer(), f.prescriber(), f.funder(), f.receivedOn(),
          f.outcome(), f.state(), f.firstAppointment(), f.endedOn(), f.exitReason(),
          Math.min(f.homeVisits(), revision), Math.min(f.remoteContacts(), revision), f.targets(),
          f.revision() - revisions + revision));
    }
    return earlier;
  }

  /** An invoice for each started accompaniment, issued on its first appointment; a credit note for one in ten. */
  private static void money(FileFact f, LocalDate first, Random random, List<MoneyFact> money) {
    long cents = 180_000;
    money.add(new MoneyFact(f.file().value(), false, f.funder(), f.offer(), f.prescriber(), Optional.of(f.household()),
        first, cents));
    if (random.nextInt(10) == 0) {
      money.add(new MoneyFact(new UUID(33, f.file().value().getLeastSignificantBits()), true, f.funder(), f.offer(),
          f.prescriber(), Optional.of(f.household()), first.plusDays(90), 30_000));
    }
  }

  /** One agreement per funder and year, 1,000 MIP places, and a place taken by each of 500 accompaniments. */
  private void agreements(Instant at) {
    for (int year = 2020; year <= 2023; year++) {
      List<AgreementFact> agreements = new ArrayList<>();
      List<PlaceFact> places = new ArrayList<>();
      for (int f = 0; f < FUNDERS; f++) {
        AgreementId id = AgreementId.of(new UUID(34, year * 100L + f));
        agreements.add(new AgreementFact(id, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1),
            List.of(funders.get(f)), List.of(new AgreementFact.Line(OfferCode.MIP, 1_000))));
        for (int p = 0; p < 500; p++) {
          places.add(new PlaceFact(id, AccompanimentId.of(new UUID(35, year * 1_000_000L + f * 1_000L + p)),
              OfferCode.MIP, LocalDate.of(year, 1, 1).plusDays(p % 300),
              p % 10 == 0 ? Optional.of(LocalDate.of(year, 12, 1)) : Optional.empty(), 1));
        }
      }
      store.inTransaction(r -> {
        r.figureFacts().recordFinance(List.of(), agreements, places, at);
        return null;
      });
    }
  }

  private FileFact file(int i, HouseholdId household, Random random, List<String> reasons) {
    LocalDate received = FROM.plusDays(random.nextInt(1_126));
    OrganisationId funder = funders.get(i % FUNDERS);
    if (random.nextInt(5) == 0) {
      return new FileFact(ReferralId.of(new UUID(32, i)), household, OfferCode.MIP, Optional.empty(), funder,
          received, FileOutcome.REJECTED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 0,
          Optional.empty(), revisions);
    }
    LocalDate first = received.plusDays(3 + random.nextInt(30));
    boolean ended = random.nextInt(10) < 8;
    AccompanimentStatus state = ended ? AccompanimentStatus.CLOSED : AccompanimentStatus.ACTIVE;
    return new FileFact(ReferralId.of(new UUID(32, i)), household, random.nextBoolean() ? OfferCode.MIP
        : OfferCode.MAPA, Optional.of(funders.get((i + 1) % FUNDERS)), funder, received, FileOutcome.ELIGIBLE,
        Optional.of(state), Optional.of(first), ended ? Optional.of(first.plusDays(120 + random.nextInt(80)))
        : Optional.empty(), ended ? Optional.of(reasons.get(random.nextInt(reasons.size()))) : Optional.empty(),
        random.nextInt(9), random.nextInt(7), Optional.of(ContactTargets.of(TargetRange.of(6, 7),
        TargetRange.of(4, 5))), FileFact.ACCOMPANIMENT_REVISIONS + 9);
  }

  private PGSimpleDataSource postgres() {
    String url = System.getProperty("liens.bench.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
    database = "liens_figures_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(url);
    admin.setUser("postgres");
    execute(admin, "CREATE DATABASE " + database);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url.substring(0, url.lastIndexOf('/') + 1) + database);
    ds.setUser("postgres");
    ds.setReWriteBatchedInserts(true);
    return ds;
  }

  private static void execute(PGSimpleDataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL: " + e.getMessage(), e);
    }
  }

  @TearDown
  public void tearDown() {
    if (database != null) {
      PGSimpleDataSource admin = new PGSimpleDataSource();
      admin.setURL(System.getProperty("liens.bench.postgres", "jdbc:postgresql://127.0.0.1:5432/test"));
      admin.setUser("postgres");
      execute(admin, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  /** {@return the counts of every file of the seed period, July 2020 – July 2023} */
  @Benchmark
  public FigureCounts reportOfThePeriod() {
    return store.read(r -> r.figureFacts().count(all));
  }

  /** {@return the counts of one funder's files (a twentieth) over the same period} */
  @Benchmark
  public FigureCounts reportOfOneFunder() {
    return store.read(r -> r.figureFacts().count(oneFunder));
  }
}
