package org.liens.storage.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.figures.AgreementFact;
import org.liens.figures.FigureCounts;
import org.liens.figures.FigureQuery;
import org.liens.figures.FinanceTally;
import org.liens.figures.MoneyFact;
import org.liens.figures.PlaceFact;

/**
 * The money and place facts in memory (issue 12): the documents indexed by issue day, the agreements in the order
 * concluded, every revision of every place. Guarded by the store's lock.
 */
final class FinanceFactsLog {
  private record Row<F>(F fact, Instant recordedAt) {}

  private final TreeMap<LocalDate, List<Row<MoneyFact>>> byIssuedOn = new TreeMap<>();
  private final Map<AgreementId, Row<AgreementFact>> agreements = new LinkedHashMap<>();
  private final Map<AgreementId, Map<AccompanimentId, List<FigureFactsLog.Row<PlaceFact>>>> places = new HashMap<>();

  void record(Journal journal, List<MoneyFact> money, List<AgreementFact> concluded, List<PlaceFact> changed,
      Instant at) {
    for (MoneyFact fact : money) {
      List<Row<MoneyFact>> day = byIssuedOn.computeIfAbsent(fact.issuedOn(), k -> new ArrayList<>());
      day.add(new Row<>(fact, at));
      journal.onRollback(() -> day.remove(day.size() - 1));
    }
    for (AgreementFact fact : concluded) {
      Row<AgreementFact> before = agreements.put(fact.agreement(), new Row<>(fact, at));
      journal.onRollback(() -> {
        if (before == null) {
          agreements.remove(fact.agreement());
        } else {
          agreements.put(fact.agreement(), before);
        }
      });
    }
    for (PlaceFact fact : changed) {
      List<FigureFactsLog.Row<PlaceFact>> history = places.computeIfAbsent(fact.agreement(), k -> new HashMap<>())
          .computeIfAbsent(fact.accompaniment(), k -> new ArrayList<>());
      history.add(new FigureFactsLog.Row<>(fact, at));
      journal.onRollback(() -> history.remove(history.size() - 1));
    }
  }

  /** {@return {@code files} with the money and place counts of {@code query} added} */
  FigureCounts count(FigureQuery query, FigureCounts files, FigureFactsLog households) {
    FinanceTally tally = new FinanceTally();
    Instant knownAt = query.knownAt();
    for (List<Row<MoneyFact>> day : byIssuedOn.subMap(query.from(), true, query.to(), true).values()) {
      for (Row<MoneyFact> row : day) {
        MoneyFact fact = row.fact();
        if (!row.recordedAt().isAfter(knownAt) && fact.keeps(query.filters(), h -> households.household(h, knownAt))) {
          tally.add(fact);
        }
      }
    }
    for (Row<AgreementFact> row : agreements.values()) {
      if (!row.recordedAt().isAfter(knownAt)) {
        List<PlaceFact> known = new ArrayList<>();
        places.getOrDefault(row.fact().agreement(), Map.of()).values().forEach(history -> FigureFactsLog.latest(history, knownAt,
            PlaceFact::revision).ifPresent(known::add));
        tally.add(row.fact(), query, known);
      }
    }
    Map<String, Long> counts = new HashMap<>(files.counts());
    tally.counts().forEach((k, v) -> counts.merge(k, v, Long::sum));
    return new FigureCounts(counts, files.distributions());
  }
}
