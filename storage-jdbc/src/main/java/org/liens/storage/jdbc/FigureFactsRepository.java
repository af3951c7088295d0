package org.liens.storage.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.catalog.OfferCode;
import org.liens.figures.AgreementFact;
import org.liens.figures.FigureCounts;
import org.liens.figures.MoneyFact;
import org.liens.figures.PlaceFact;
import org.liens.figures.FigureKeys;
import org.liens.figures.FigureQuery;
import org.liens.figures.FileFact;
import org.liens.figures.FileOutcome;
import org.liens.figures.HouseholdFact;
import org.liens.household.EmploymentSituation;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.storage.FigureFacts;

/**
 * The figure facts in SQL (issue 12): rows appended in batches, reports computed by two aggregate queries over the
 * same selection (files by outcome, offer, state, exit reason and days, with their contact sums; the distinct
 * families), never by reading the files into the JVM. "As known on" an instant: the row of a file or
 * household recorded by then and not yet followed by a later revision ({@code recorded_to}, migration V19, set when
 * the next revision is recorded), a range test on each row rather than a search for a later revision.
 */
final class FigureFactsRepository implements FigureFacts {
  static final String FILE = "liens_figure_file";
  static final String HOUSEHOLD = "liens_figure_household";
  private static final String INSERT_FILE = "INSERT INTO " + FILE + " (file_id, revision, recorded_at, household_id,"
      + " offer, prescriber_id, funder_id, received_day, outcome, state, first_day, ended_day, exit_reason,"
      + " home_visits, remote_contacts, home_min, home_max, remote_min, remote_max)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_HOUSEHOLD = "INSERT INTO " + HOUSEHOLD + " (household_id, revision, recorded_at,"
      + " children, single_parent, employment, below_poverty_line, territory) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * Closes the earlier rows of a file when its next revision is recorded, after the inserts, so that a batch holding
   * two revisions of one household closes the first too. The first save of an aggregate stores its version (the
   * storage contract: a new aggregate is saved at version 0), so a fact of revision 0 has no earlier row and needs
   * no statement.
   */
  private static final String CLOSE_FILE = "UPDATE " + FILE + " SET recorded_to = ? WHERE file_id = ?"
      + " AND recorded_to IS NULL AND revision < ?";
  private static final String CLOSE_HOUSEHOLD = "UPDATE " + HOUSEHOLD + " SET recorded_to = ? WHERE household_id = ?"
      + " AND recorded_to IS NULL AND revision < ?";

  private final Session session;
  private final Transaction tx;

  FigureFactsRepository(Session session) {
    this.session = session;
    this.tx = session.transaction;
  }

  @Override
  public void record(List<FileFact> files, List<HouseholdFact> households, Instant recordedAt) {
    Checks.required(recordedAt, "recordedAt");
    session.writable();
    Checks.listOf(files, "files");
    Checks.listOf(households, "households");
    tx.batch("record file facts", INSERT_FILE, files, (args, f) -> args
        .uuid(f.file().value()).number(f.revision()).instant(recordedAt).uuid(f.household().value())
        .text(f.offer().value()).uuid(f.prescriber().map(EntityId::value)).uuid(f.funder().value())
        .integer(day(f.receivedOn())).text(f.outcome().name()).text(f.state().map(Enum::name))
        .integer(f.firstAppointment().map(FigureFactsRepository::day))
        .integer(f.endedOn().map(FigureFactsRepository::day)).text(f.exitReason())
        .integer(f.homeVisits()).integer(f.remoteContacts())
        .integer(f.targets().map(t -> t.homeVisits().min())).integer(f.targets().map(t -> t.homeVisits().max()))
        .integer(f.targets().map(t -> t.remoteContacts().min()))
        .integer(f.targets().map(t -> t.remoteContacts().max())));
    tx.batch("record household facts", INSERT_HOUSEHOLD, households, (args, h) -> args
        .uuid(h.household().value()).number(h.revision()).instant(recordedAt).integer(h.children())
        .integer(h.singleParent() ? 1 : 0).text(h.employment().name()).integer(h.belowPovertyLine() ? 1 : 0)
        .text(h.territory()));
    tx.batch("close the earlier file facts", CLOSE_FILE, files.stream().filter(f -> f.revision() > 0).toList(),
        (args, f) -> args.instant(recordedAt).uuid(f.file().value()).number(f.revision()));
    tx.batch("close the earlier household facts", CLOSE_HOUSEHOLD,
        households.stream().filter(h -> h.revision() > 0).toList(),
        (args, h) -> args.instant(recordedAt).uuid(h.household().value()).number(h.revision()));
  }

  @Override
  public void forgetTerritory(org.liens.household.HouseholdId household) {
    Checks.required(household, "household");
    session.writable();
    tx.update("forget the territory of an anonymised household", "UPDATE " + HOUSEHOLD
        + " SET territory = NULL WHERE household_id = ? AND territory IS NOT NULL", args -> args.uuid(household.value()));
  }

  private static int day(LocalDate date) {
    return Math.toIntExact(date.toEpochDay());
  }

  /** A row of table alias {@code %s} known at an instant: recorded by then and not yet followed by a later one. */
  static final String KNOWN = "%1$s.recorded_at <= ? AND (%1$s.recorded_to IS NULL OR %1$s.recorded_to > ?)";

  /** The files a query selects, joined to their households: period, filters, the latest revisions known by then. */
  private record Selection(String sql, Transaction.Binder binder) {}

  private static Selection selection(FigureQuery q) {
    StringBuilder sql = new StringBuilder(" FROM " + FILE + " f JOIN " + HOUSEHOLD
        + " hh ON hh.household_id = f.household_id WHERE f.received_day >= ? AND f.received_day <= ? AND "
        + KNOWN.formatted("f") + " AND " + KNOWN.formatted("hh"));
    filters(sql, q, "f");
    q.filters().territory().ifPresent(t -> sql.append(" AND hh.territory = ?"));
    Instant at = q.knownAt();
    return new Selection(sql.toString(), args -> {
      args.integer(day(q.from())).integer(day(q.to())).instant(at).instant(at).instant(at).instant(at);
      bindFilters(args, q);
      if (q.filters().territory().isPresent()) {
        args.text(q.filters().territory().get());
      }
    });
  }

  /** Appends the conditions of a query's prescriber, funder and offer filters on the facts of alias {@code t}. */
  static void filters(StringBuilder sql, FigureQuery q, String t) {
    q.filters().prescriber().ifPresent(p -> sql.append(" AND ").append(t).append(".prescriber_id = ?"));
    q.filters().funder().ifPresent(p -> sql.append(" AND ").append(t).append(".funder_id = ?"));
    q.filters().offer().ifPresent(p -> sql.append(" AND ").append(t).append(".offer = ?"));
  }

  /** Binds the values of {@link #filters}, in its order. */
  static void bindFilters(Args args, FigureQuery q) throws java.sql.SQLException {
    if (q.filters().prescriber().isPresent()) {
      args.uuid(q.filters().prescriber().get().value());
    }
    if (q.filters().funder().isPresent()) {
      args.uuid(q.filters().funder().get().value());
    }
    if (q.filters().offer().isPresent()) {
      args.text(q.filters().offer().get().value());
    }
  }

  @Override
  public FigureCounts count(FigureQuery query) {
    Checks.required(query, "query");
    session.usable();
    if (tx.dialect != Dialect.POSTGRESQL) {
      return counts(query);
    }
    // PostgreSQL compiles (JIT) the plan of an aggregate whose estimated cost passes jit_above_cost: over a million
    // fact rows that took 0.6 s a statement for a scan of 70 ms. Off for these statements, then as it was.
    String was = tx.queryOne("turn the JIT off for a report", "SELECT current_setting('jit') was,"
        + " set_config('jit', 'off', true) now", args -> { }, row -> row.text("was")).orElseThrow();
    FigureCounts counts = counts(query);
    tx.query("turn the JIT back as it was", "SELECT set_config('jit', ?, true) now", args -> args.text(was),
        row -> null);
    return counts;
  }

  private FigureCounts counts(FigureQuery query) {
    Selection s = selection(query);
    Map<String, Long> counts = new HashMap<>();
    Map<String, Map<Long, Long>> distributions = new HashMap<>();
    // one scan for the counts and the days: grouped by both, the days (empty before a first appointment) split the
    // groups of the counts, whose sums add up again here
    tx.query("count the files of a report", "SELECT f.outcome, f.offer, f.state, f.exit_reason,"
        + " f.first_day - f.received_day d1, f.ended_day - f.first_day d2, COUNT(*) n,"
        + " SUM(CASE WHEN f.first_day IS NULL THEN 0 ELSE 1 END) started,"
        + " SUM(CASE WHEN f.first_day IS NULL THEN 0 ELSE f.home_visits END) hv,"
        + " SUM(CASE WHEN f.first_day IS NULL THEN 0 ELSE f.remote_contacts END) rc,"
        + " SUM(CASE WHEN f.first_day IS NULL THEN 0 ELSE f.home_min END) hmin,"
        + " SUM(CASE WHEN f.first_day IS NULL THEN 0 ELSE f.home_max END) hmax,"
        + " SUM(CASE WHEN f.first_day IS NULL THEN 0 ELSE f.remote_min END) rmin,"
        + " SUM(CASE WHEN f.first_day IS NULL THEN 0 ELSE f.remote_max END) rmax"
        + s.sql() + " GROUP BY f.outcome, f.offer, f.state, f.exit_reason, f.first_day - f.received_day,"
        + " f.ended_day - f.first_day", s.binder(), row -> {
          long n = row.number("n");
          add(counts, FigureKeys.FILES, n);
          add(counts, FigureKeys.files(FileOutcome.valueOf(row.text("outcome"))), n);
          Optional<String> state = row.optionalText("state");
          if (state.isPresent()) {
            OfferCode offer = OfferCode.of(row.text("offer"));
            AccompanimentStatus status = AccompanimentStatus.valueOf(state.get());
            add(counts, FigureKeys.byOffer(offer), n);
            add(counts, FigureKeys.byState(status), n);
            if (!status.isOpen()) {
              add(counts, FigureKeys.ENDED, n);
              row.optionalText("exit_reason").ifPresent(code -> add(counts, FigureKeys.exit(code), n));
            }
            add(counts, FigureKeys.contacts(offer, "started"), row.number("started"));
            add(counts, FigureKeys.contacts(offer, "homeVisits"), row.number("hv"));
            add(counts, FigureKeys.contacts(offer, "remoteContacts"), row.number("rc"));
            add(counts, FigureKeys.contacts(offer, "homeVisitTargetMin"), row.number("hmin"));
            add(counts, FigureKeys.contacts(offer, "homeVisitTargetMax"), row.number("hmax"));
            add(counts, FigureKeys.contacts(offer, "remoteContactTargetMin"), row.number("rmin"));
            add(counts, FigureKeys.contacts(offer, "remoteContactTargetMax"), row.number("rmax"));
          }
          Optional<Long> toFirst = row.optionalNumber("d1");
          if (toFirst.isPresent()) {
            Optional<Long> duration = row.optionalNumber("d2");
            spread(distributions, FigureKeys.REFERRAL_TO_FIRST_APPOINTMENT, toFirst.get(), n);
            duration.ifPresent(d -> spread(distributions, FigureKeys.DURATION, d, n));
            if (state.filter(AccompanimentStatus.CLOSED.name()::equals).isPresent()) {
              duration.ifPresent(d -> spread(distributions, FigureKeys.FIRST_APPOINTMENT_TO_CLOSURE, d, n));
            }
          }
          return null;
        });
    tx.query("count the families of a report", "SELECT COUNT(*) n, SUM(x.children) c, SUM(x.single_parent) sp,"
        + " SUM(CASE WHEN x.employment IN ('" + EmploymentSituation.EMPLOYED + "', '"
        + EmploymentSituation.SELF_EMPLOYED + "') THEN 1 ELSE 0 END) w,"
        + " SUM(CASE WHEN x.employment = '" + EmploymentSituation.RSA + "' THEN 1 ELSE 0 END) rsa,"
        + " SUM(x.below_poverty_line) bp FROM (SELECT DISTINCT hh.household_id, hh.children, hh.single_parent,"
        + " hh.employment, hh.below_poverty_line" + s.sql() + ") x", s.binder(), row -> {
          long n = row.number("n");
          long single = row.number("sp");
          long work = row.number("w");
          long rsa = row.number("rsa");
          long below = row.number("bp");
          add(counts, FigureKeys.FAMILIES, n);
          add(counts, FigureKeys.CHILDREN, row.number("c"));
          add(counts, FigureKeys.SINGLE_PARENT, single);
          add(counts, FigureKeys.OTHER_COMPOSITION, n - single);
          add(counts, FigureKeys.IN_WORK, work);
          add(counts, FigureKeys.RSA, rsa);
          add(counts, FigureKeys.OTHER_EMPLOYMENT, n - work - rsa);
          add(counts, FigureKeys.BELOW_POVERTY_LINE, below);
          add(counts, FigureKeys.NOT_BELOW_POVERTY_LINE, n - below);
          return null;
        });
    return FinanceFactsSql.count(tx, query, new FigureCounts(counts, distributions));
  }

  @Override
  public void recordFinance(
      List<MoneyFact> money, List<AgreementFact> agreements, List<PlaceFact> places, Instant recordedAt) {
    Checks.required(recordedAt, "recordedAt");
    session.writable();
    FinanceFactsSql.record(tx, Checks.listOf(money, "money"), Checks.listOf(agreements, "agreements"),
        Checks.listOf(places, "places"), recordedAt);
  }

  private static void spread(Map<String, Map<Long, Long>> distributions, String key, long days, long n) {
    distributions.computeIfAbsent(key, k -> new TreeMap<>()).merge(days, n, Long::sum);
  }

  private static void add(Map<String, Long> counts, String key, long n) {
    counts.merge(key, n, Long::sum);
  }
}
