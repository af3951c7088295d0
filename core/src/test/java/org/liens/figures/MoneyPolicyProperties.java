package org.liens.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.liens.catalog.OfferCode;
import org.liens.figures.Suppression.Table;
import org.liens.organisation.OrganisationId;
import org.liens.fixtures.Fixtures;

/** The money policy of the published figures (issue 12): an amount is hidden with the count it comes from. */
class MoneyPolicyProperties {
  private static final FigureQuery QUERY = new FigureQuery(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
      FigureFilters.NONE, Instant.parse("2024-01-01T00:00:00Z"));
  private static final List<OfferCode> OFFERS = List.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA, OfferCode.ARCS);

  @Property(tries = 300)
  @Label("money: an amount is hidden when its count is, and no hidden amount can be recomputed from the others")
  void amountsFollowTheirCounts(
      @ForAll @Size(4) List<@IntRange(min = 0, max = 9) Integer> perOffer, @ForAll @IntRange(min = 1, max = 3) int funders,
      @ForAll @IntRange(min = 1, max = 2_000_00) int price) {
    Map<String, Long> counts = new HashMap<>();
    List<OrganisationId> payers = new ArrayList<>();
    for (int f = 0; f < funders; f++) {
      payers.add(OrganisationId.of(new UUID(5, f)));
    }
    FinanceTally tally = new FinanceTally();
    int document = 0;
    for (int o = 0; o < OFFERS.size(); o++) {
      for (int n = 0; n < perOffer.get(o); n++) {
        tally.add(new MoneyFact(new UUID(9, document++), false, payers.get(document % funders), OFFERS.get(o),
            java.util.Optional.empty(), java.util.Optional.empty(), LocalDate.of(2023, 3, 1), price + o));
      }
    }
    counts.putAll(tally.counts());
    FigureCounts figures = new FigureCounts(counts, Map.of());
    FiguresReport report = FigureReports.of(QUERY, figures, Fixtures.CATALOG, true, 5);
    Map<String, Long> cents = new HashMap<>();
    Map<String, CellStatus> status = new HashMap<>();
    List<Table> tables = new ArrayList<>();
    for (Table t : FinanceFigures.tables(Fixtures.CATALOG, figures)) {
      tables.add(new Table(FinanceKeys.CENTS + t.total(), t.cells().stream().map(c -> FinanceKeys.CENTS + c).toList()));
      for (String key : t.members()) {
        FigureCell cell = report.cell(key).orElseThrow();
        FigureMeasure amount = report.measure(FinanceKeys.AMOUNTS + key).orElseThrow();
        if (cell.status() != CellStatus.SHOWN) {
          assertThat(amount.value()).as("the amount of a hidden count, %s", key).isEmpty();
        }
        cents.put(FinanceKeys.CENTS + key, figures.count(FinanceKeys.CENTS + key));
        status.put(FinanceKeys.CENTS + key, amount.value().isPresent() ? CellStatus.SHOWN : CellStatus.SECONDARY);
        amount.value().ifPresent(v -> assertThat(v)
            .isEqualTo(BigDecimal.valueOf(figures.count(FinanceKeys.CENTS + key), 2)));
        Statistics.label("amounts").collect(amount.value().isPresent() ? "shown" : "hidden");
      }
    }
    Suppression.ranges(cents, tables, status, 5).forEach((key, range) -> {
      if (status.get(key) != CellStatus.SHOWN) {
        assertThat(range[0]).as("%s cannot be recomputed", key).isNotEqualTo(range[1]);
      }
    });
    Statistics.label("amounts").coverage(c -> {
      c.check("hidden").count(n -> n > 0);
      c.check("shown").count(n -> n > 0);
    });
  }
}
