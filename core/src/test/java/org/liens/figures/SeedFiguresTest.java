package org.liens.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.liens.fixtures.Fixtures;

/** R11, issue 12: the seed 001 dataset reproduces every published figure exactly, suppressed or not. */
class SeedFiguresTest {
  private static final FigureQuery SEED_PERIOD = new FigureQuery(SeedDataset.FROM, SeedDataset.TO,
      FigureFilters.NONE, Instant.parse("2023-09-01T00:00:00Z"));

  @Test
  void the_seed_dataset_reproduces_the_published_figures() {
    for (boolean suppressed : new boolean[] {false, true}) {
      FiguresReport report = FigureReports.of(SEED_PERIOD, new SeedDataset().counts(), Fixtures.CATALOG, suppressed,
          FigureReports.DEFAULT_THRESHOLD);
      assertThat(count(report, FigureKeys.FILES)).isEqualTo(160);
      assertThat(count(report, FigureKeys.CHILDREN)).isEqualTo(340);
      assertThat(count(report, FigureKeys.FAMILIES)).isEqualTo(130);
      assertThat(percent(report, "share.singleParent")).isEqualTo(75);
      assertThat(percent(report, "share.eligible")).isEqualTo(80);
      assertThat(percent(report, "share.inWork")).isEqualTo(55);
      assertThat(percent(report, "share.rsa")).isEqualTo(30);
      assertThat(percent(report, "share.belowPovertyLine")).isEqualTo(15);
    }
  }

  private static long count(FiguresReport report, String key) {
    return report.cell(key).orElseThrow().value().orElseThrow();
  }

  /** The share as the seed prints it: a whole percent, rounded half up. */
  private static int percent(FiguresReport report, String key) {
    BigDecimal p = report.share(key).orElseThrow().percent().orElseThrow();
    return p.setScale(0, RoundingMode.HALF_UP).intValueExact();
  }
}
