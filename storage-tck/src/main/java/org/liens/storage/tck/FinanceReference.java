package org.liens.storage.tck;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.liens.accompaniment.AccompanimentId;
import org.liens.figures.AgreementFact;
import org.liens.figures.FigureQuery;
import org.liens.figures.FinanceKeys;
import org.liens.figures.HouseholdFact;
import org.liens.figures.MoneyFact;
import org.liens.figures.PlaceFact;
import org.liens.household.HouseholdId;
import org.liens.storage.tck.FigureReference.Recorded;

/**
 * The brute-force computation of the money and place figures (issue 12), as plainly as possible, against which every
 * storage adapter is checked ({@link FiguresContract}): every row recorded by the knowledge instant, each figure
 * counted by its definition. Slow on purpose; no adapter uses it.
 */
public final class FinanceReference {
  private FinanceReference() {}

  /**
   * {@return the money and place counts of {@code query}}
   *
   * @param money every money fact recorded
   * @param agreements every agreement fact recorded
   * @param places every place fact recorded, in the order recorded
   * @param households every household fact recorded
   * @param query the period, filters and knowledge instant
   */
  public static Map<String, Long> compute(Collection<Recorded<MoneyFact>> money,
      Collection<Recorded<AgreementFact>> agreements, List<Recorded<PlaceFact>> places,
      Collection<Recorded<HouseholdFact>> households, FigureQuery query) {
    Map<String, Long> counts = new TreeMap<>();
    for (Recorded<MoneyFact> row : money) {
      MoneyFact m = row.fact();
      if (row.recordedAt().isAfter(query.knownAt()) || !query.inPeriod(m.issuedOn())) {
        continue;
      }
      Optional<HouseholdFact> family = m.household().flatMap(h -> household(households, h, query));
      boolean kept = query.filters().prescriber().map(p -> m.prescriber().equals(Optional.of(p))).orElse(true)
          && query.filters().funder().map(f -> m.funder().equals(f)).orElse(true)
          && query.filters().offer().map(o -> m.offer().equals(o)).orElse(true)
          && query.filters().territory().map(t -> family.isPresent()
              && family.get().territory().equals(Optional.of(t))).orElse(true);
      if (kept) {
        for (String key : List.of(FinanceKeys.documents(m.credit()), FinanceKeys.byOffer(m.credit(), m.offer()),
            FinanceKeys.byFunder(m.credit(), m.funder()))) {
          counts.merge(key, 1L, Long::sum);
          counts.merge(FinanceKeys.CENTS + key, m.cents(), Long::sum);
        }
      }
    }
    if (query.filters().prescriber().isPresent() || query.filters().territory().isPresent()) {
      return counts;
    }
    for (Recorded<AgreementFact> row : agreements) {
      AgreementFact a = row.fact();
      if (row.recordedAt().isAfter(query.knownAt()) || a.start().isAfter(query.to())
          || !a.endExclusive().isAfter(query.from())
          || query.filters().funder().map(f -> !a.funders().contains(f)).orElse(false)) {
        continue;
      }
      LocalDate day = a.endExclusive().minusDays(1).isBefore(query.to()) ? a.endExclusive().minusDays(1) : query.to();
      Map<AccompanimentId, PlaceFact> known = new LinkedHashMap<>();
      places.stream().filter(p -> !p.recordedAt().isAfter(query.knownAt()))
          .filter(p -> p.fact().agreement().equals(a.agreement()))
          .forEach(p -> known.put(p.fact().accompaniment(), p.fact()));
      a.lines().forEach(line -> {
        var offer = line.offer();
        if (query.filters().offer().map(o -> o.equals(offer)).orElse(true)) {
          counts.put(FinanceKeys.placesAgreed(a.agreement(), offer), (long) line.places());
          counts.put(FinanceKeys.placesUsed(a.agreement(), offer), known.values().stream()
              .filter(p -> p.offer().equals(offer) && !p.takenOn().isAfter(day)
                  && (p.releasedOn().isEmpty() || p.releasedOn().get().isAfter(day))).count());
        }
      });
    }
    return counts;
  }

  private static Optional<HouseholdFact> household(
      Collection<Recorded<HouseholdFact>> households, HouseholdId id, FigureQuery query) {
    HouseholdFact best = null;
    for (Recorded<HouseholdFact> row : households) {
      if (!row.recordedAt().isAfter(query.knownAt()) && row.fact().household().equals(id)
          && (best == null || row.fact().revision() >= best.revision())) {
        best = row.fact();
      }
    }
    return Optional.ofNullable(best);
  }
}
