package org.liens.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.liens.catalog.OfferCode;

/**
 * Adds money and place facts into the counts of a report (issue 12): what an adapter without SQL (the in-memory one)
 * runs over the documents of the period and the agreements known. Not thread-safe; one per computation. Each count's
 * definition is on its {@link FinanceKeys} name.
 */
public final class FinanceTally {
  private final Map<String, Long> counts = new HashMap<>();

  /**
   * Counts one document that passed the query's period and filters.
   *
   * @param money the document's fact for one offer
   */
  public void add(MoneyFact money) {
    for (String key : new String[] {FinanceKeys.documents(money.credit()),
        FinanceKeys.byOffer(money.credit(), money.offer()), FinanceKeys.byFunder(money.credit(), money.funder())}) {
      counts.merge(key, 1L, Long::sum);
      counts.merge(FinanceKeys.CENTS + key, money.cents(), Long::sum);
    }
  }

  /**
   * Counts the places of one agreement that passed the query's period and filters.
   *
   * @param agreement the agreement
   * @param query the report's query: the offer filter, the day the places in use are counted on
   * @param places the latest fact of each of its places known at the knowledge instant
   */
  public void add(AgreementFact agreement, FigureQuery query, Collection<PlaceFact> places) {
    Optional<LocalDate> day = agreement.countedOn(query);
    if (day.isEmpty() || !agreement.keeps(query.filters())) {
      return;
    }
    agreement.lines().forEach(line -> {
      OfferCode offer = line.offer();
      if (query.filters().offer().map(offer::equals).orElse(true)) {
        counts.merge(FinanceKeys.placesAgreed(agreement.agreement(), offer), (long) line.places(), Long::sum);
        counts.merge(FinanceKeys.placesUsed(agreement.agreement(), offer),
            places.stream().filter(p -> p.offer().equals(offer) && p.heldOn(day.get())).count(), Long::sum);
      }
    });
  }

  /** {@return the counts so far, to merge into a report's counts} */
  public Map<String, Long> counts() {
    return Map.copyOf(counts);
  }
}
