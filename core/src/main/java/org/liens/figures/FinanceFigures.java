package org.liens.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liens.catalog.Catalog;
import org.liens.catalog.Offer;
import org.liens.figures.Suppression.Table;

/**
 * The money and place figures of a report (issue 12): the documents counted by offer and by funder, suppressed as any
 * other count; their amounts; the places agreed and in use per agreement.
 *
 * <p><b>Money policy</b> ({@code AMOUNT_FOLLOWS_ITS_COUNT}): an amount is not a count of people and is not suppressed
 * for being small, but an amount gives its count away (an MIP invoice is 1,800 €), so in a suppressed report an
 * amount is hidden when the count of documents it sums is hidden, and then, by complementary suppression over the
 * amounts' own sums (the total is the sum over the offers and over the funders), as few other amounts as keep it from
 * being recomputed. Places agreed are terms of a contract, always shown; places in use are counts, suppressed.
 */
final class FinanceFigures {
  private FinanceFigures() {}

  /**
   * {@return the sums the documents' counts expose: each total by offer (the catalogue's and any other found) and by
   * funder (those found)}
   *
   * @param catalog the catalogue in use
   * @param counts the counts
   */
  static List<Table> tables(Catalog catalog, FigureCounts counts) {
    List<Table> tables = new ArrayList<>();
    for (boolean credit : new boolean[] {false, true}) {
      String total = FinanceKeys.documents(credit);
      Set<String> offers = new LinkedHashSet<>();
      catalog.offers().stream().map(Offer::code).forEach(o -> offers.add(FinanceKeys.byOffer(credit, o)));
      List<String> funders = new ArrayList<>();
      for (String key : counts.counts().keySet()) {
        if (key.startsWith(total + ".offer.")) {
          offers.add(key);
        } else if (key.startsWith(total + ".funder.")) {
          funders.add(key);
        }
      }
      tables.add(new Table(total, List.copyOf(offers)));
      if (!funders.isEmpty()) {
        tables.add(new Table(total, funders));
      }
    }
    return tables;
  }

  /**
   * {@return the places in use, one beside each places agreed found, counts tied to no sum}
   *
   * @param counts the counts
   */
  static List<String> used(FigureCounts counts) {
    return agreed(counts).stream().map(FinanceKeys::usedOf).toList();
  }

  /**
   * {@return the places agreed found, always shown}
   *
   * @param counts the counts
   */
  static List<String> agreed(FigureCounts counts) {
    return counts.counts().keySet().stream().filter(k -> k.startsWith("places.") && k.endsWith(".agreed")).toList();
  }

  /**
   * {@return the amounts of the documents counted, in euros, in the tables' order; hidden by the money policy}
   *
   * @param tables the documents' sums, from {@link #tables}
   * @param counts the counts
   * @param status the status of every count, after suppression (all shown when the report is not suppressed)
   */
  static List<FigureMeasure> amounts(List<Table> tables, FigureCounts counts, Map<String, CellStatus> status) {
    List<Table> cents = new ArrayList<>();
    Map<String, Long> values = new HashMap<>();
    Set<String> hidden = new HashSet<>();
    for (Table t : tables) {
      cents.add(new Table(FinanceKeys.CENTS + t.total(), t.cells().stream().map(c -> FinanceKeys.CENTS + c).toList()));
      for (String key : t.members()) {
        values.put(FinanceKeys.CENTS + key, counts.count(FinanceKeys.CENTS + key));
        if (status.get(key) != CellStatus.SHOWN) {
          hidden.add(FinanceKeys.CENTS + key);
        }
      }
    }
    Map<String, CellStatus> shown = Suppression.protect(values, cents, hidden);
    List<FigureMeasure> measures = new ArrayList<>();
    shown.forEach((key, s) -> measures.add(new FigureMeasure(
        FinanceKeys.AMOUNTS + key.substring(FinanceKeys.CENTS.length()),
        s == CellStatus.SHOWN ? java.util.Optional.of(BigDecimal.valueOf(values.get(key), 2))
            : java.util.Optional.empty())));
    return measures;
  }
}
