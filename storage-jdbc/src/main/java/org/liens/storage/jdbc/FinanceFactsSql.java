package org.liens.storage.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liens.agreement.AgreementId;
import org.liens.catalog.OfferCode;
import org.liens.figures.AgreementFact;
import org.liens.figures.FigureCounts;
import org.liens.figures.FigureQuery;
import org.liens.figures.FinanceKeys;
import org.liens.figures.MoneyFact;
import org.liens.figures.PlaceFact;
import org.liens.organisation.OrganisationId;
import org.liens.shared.EntityId;

/**
 * The money and place figures in SQL (issue 12, migration V15): rows appended in batches; a report adds two aggregate
 * queries, the documents of its period grouped by kind, offer and funder, and the places per agreement and offer,
 * used ones counted in the database. "As known on" an instant: rows recorded by then, and for a place the revision
 * with no later one recorded by then.
 */
final class FinanceFactsSql {
  static final String MONEY = "liens_figure_money";
  static final String AGREEMENT = "liens_figure_agreement";
  static final String AGREEMENT_FUNDER = "liens_figure_agreement_funder";
  static final String PLACE = "liens_figure_place";

  private FinanceFactsSql() {}

  /** Appends the facts, an agreement already recorded left out; {@return how many agreements it recorded} */
  static int record(Transaction tx, List<MoneyFact> money, List<AgreementFact> agreements, List<PlaceFact> places,
      Instant at) {
    tx.batch("record money facts", "INSERT INTO " + MONEY + " (document_id, offer, recorded_at, credit, funder_id,"
        + " prescriber_id, household_id, issued_day, cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", money, (args, m) -> args
        .uuid(m.document()).text(m.offer().value()).instant(at).integer(m.credit() ? 1 : 0).uuid(m.funder().value())
        .uuid(m.prescriber().map(EntityId::value)).uuid(m.household().map(EntityId::value))
        .integer(day(m.issuedOn())).number(m.cents()));
    List<Map.Entry<AgreementFact, AgreementFact.Line>> lines = new ArrayList<>();
    List<Map.Entry<AgreementFact, OrganisationId>> funders = new ArrayList<>();
    int recorded = 0;
    for (AgreementFact a : agreements) {
      if (tx.queryOne("find agreement facts", "SELECT 1 one FROM " + AGREEMENT + " WHERE agreement_id = ?",
          args -> args.uuid(a.agreement().value()), row -> row.integer("one")).isPresent()) {
        continue; // a repeated conclusion whose first run committed: recorded once
      }
      recorded++;
      a.lines().forEach(line -> lines.add(Map.entry(a, line)));
      a.funders().forEach(funder -> funders.add(Map.entry(a, funder)));
    }
    tx.batch("record agreement facts", "INSERT INTO " + AGREEMENT + " (agreement_id, offer, recorded_at, places,"
        + " start_day, end_day) VALUES (?, ?, ?, ?, ?, ?)", lines, (args, l) -> args
        .uuid(l.getKey().agreement().value()).text(l.getValue().offer().value()).instant(at)
        .integer(l.getValue().places()).integer(day(l.getKey().start()))
        .integer(day(l.getKey().endExclusive())));
    tx.batch("record agreement funders", "INSERT INTO " + AGREEMENT_FUNDER + " (agreement_id, funder_id)"
        + " VALUES (?, ?)", funders, (args, f) -> args.uuid(f.getKey().agreement().value()).uuid(f.getValue().value()));
    tx.batch("record place facts", "INSERT INTO " + PLACE + " (agreement_id, accompaniment_id, revision, recorded_at,"
        + " offer, taken_day, released_day) VALUES (?, ?, ?, ?, ?, ?, ?)", places, (args, p) -> args
        .uuid(p.agreement().value()).uuid(p.accompaniment().value()).number(p.revision()).instant(at)
        .text(p.offer().value()).integer(day(p.takenOn()))
        .integer(p.releasedOn().map(FinanceFactsSql::day)));
    return recorded;
  }

  /** {@return {@code files} with the money and place counts of {@code q} added} */
  static FigureCounts count(Transaction tx, FigureQuery q, FigureCounts files) {
    Map<String, Long> counts = new HashMap<>(files.counts());
    countMoney(tx, q, counts);
    if (q.filters().prescriber().isEmpty() && q.filters().territory().isEmpty()) {
      countPlaces(tx, q, counts);
    }
    return new FigureCounts(counts, files.distributions());
  }

  private static void countMoney(Transaction tx, FigureQuery q, Map<String, Long> counts) {
    StringBuilder sql = new StringBuilder("SELECT m.credit, m.offer, m.funder_id, COUNT(*) n, SUM(m.cents) c FROM "
        + MONEY + " m");
    if (q.filters().territory().isPresent()) {
      sql.append(" JOIN " + FigureFactsRepository.HOUSEHOLD + " hh ON hh.household_id = m.household_id"
          + " AND " + FigureFactsRepository.KNOWN.formatted("hh") + " AND hh.territory = ?");
    }
    sql.append(" WHERE m.issued_day >= ? AND m.issued_day <= ? AND m.recorded_at <= ?");
    FigureFactsRepository.filters(sql, q, "m");
    sql.append(" GROUP BY m.credit, m.offer, m.funder_id");
    tx.query("count the money of a report", sql.toString(), args -> {
      if (q.filters().territory().isPresent()) {
        args.instant(q.knownAt()).instant(q.knownAt()).text(q.filters().territory().get());
      }
      args.integer(day(q.from())).integer(day(q.to())).instant(q.knownAt());
      FigureFactsRepository.bindFilters(args, q);
    }, row -> {
      boolean credit = row.integer("credit") == 1;
      long n = row.number("n");
      long cents = row.number("c");
      for (String key : List.of(FinanceKeys.documents(credit),
          FinanceKeys.byOffer(credit, OfferCode.of(row.text("offer"))),
          FinanceKeys.byFunder(credit, OrganisationId.of(row.uuid("funder_id"))))) {
        add(counts, key, n);
        add(counts, FinanceKeys.CENTS + key, cents);
      }
      return null;
    });
  }

  private static void countPlaces(Transaction tx, FigureQuery q, Map<String, Long> counts) {
    String agreements = " FROM " + AGREEMENT + " a WHERE a.recorded_at <= ? AND a.start_day <= ? AND a.end_day > ?"
        + (q.filters().offer().isPresent() ? " AND a.offer = ?" : "")
        + (q.filters().funder().isPresent() ? " AND EXISTS (SELECT 1 FROM " + AGREEMENT_FUNDER
            + " af WHERE af.agreement_id = a.agreement_id AND af.funder_id = ?)" : "");
    Transaction.Binder binder = args -> {
      args.instant(q.knownAt()).instant(q.knownAt()).integer(day(q.to())).integer(day(q.to()))
          .instant(q.knownAt()).integer(day(q.to())).integer(day(q.from()));
      if (q.filters().offer().isPresent()) {
        args.text(q.filters().offer().get().value());
      }
      if (q.filters().funder().isPresent()) {
        args.uuid(q.filters().funder().get().value());
      }
    };
    String day = "LEAST(?, a.end_day - 1)";
    tx.query("count the places of a report", "SELECT a.agreement_id, a.offer, a.places, (SELECT COUNT(*) FROM " + PLACE
        + " p WHERE p.agreement_id = a.agreement_id AND p.offer = a.offer AND p.recorded_at <= ?"
        + " AND NOT EXISTS (SELECT 1 FROM " + PLACE + " r WHERE r.agreement_id = p.agreement_id"
        + " AND r.accompaniment_id = p.accompaniment_id AND r.recorded_at <= ? AND r.revision > p.revision)"
        + " AND p.taken_day <= " + day + " AND (p.released_day IS NULL OR p.released_day > " + day + ")) used"
        + agreements, binder, row -> {
          AgreementId agreement = AgreementId.of(row.uuid("agreement_id"));
          OfferCode offer = OfferCode.of(row.text("offer"));
          add(counts, FinanceKeys.placesAgreed(agreement, offer), row.number("places"));
          add(counts, FinanceKeys.placesUsed(agreement, offer), row.number("used"));
          return null;
        });
  }

  private static void add(Map<String, Long> counts, String key, long n) {
    counts.merge(key, n, Long::sum);
  }

  private static int day(LocalDate date) {
    return Math.toIntExact(date.toEpochDay());
  }

}
