package org.liens.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liens.storage.jdbc.BulkImport;

/**
 * The set-up and one call of each benchmark of the issue 13 suite, on a small population, so that the build sees a
 * benchmark that no longer runs (as {@link BenchmarkSetupTest} does for the others). PostgreSQL runs are skipped
 * where no server answers at {@code -Dliens.bench.postgres}. Nothing here measures time.
 */
class PopulationBenchmarkSetupTest {

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void theImportsWriteTheSameRows(String database) throws SQLException {
    assumeTrue(database.equals("h2") || PopulationDatabase.postgresAvailable(), "no PostgreSQL server");
    PopulationImportBenchmark benchmark = new PopulationImportBenchmark();
    benchmark.accompaniments = 300;
    benchmark.database = database;
    benchmark.setUp();
    try {
      BulkImport.ImportSummary summary = benchmark.liensDefault();
      List<String> byDefault = benchmark.stored();
      benchmark.empty();
      assertThat(benchmark.liensCopy()).isEqualTo(summary);
      List<String> copied = benchmark.stored();
      benchmark.empty();
      assertThat(benchmark.liensCopyCheckedOnce()).isEqualTo(summary);
      List<String> checkedOnce = benchmark.stored();
      benchmark.empty();
      assertThat(benchmark.liensCopyIndexesOnce()).isEqualTo(summary);
      List<String> indexedOnce = benchmark.stored();
      benchmark.empty();
      long written = benchmark.plainJdbcBatch();
      List<String> byHand = benchmark.stored();

      assertThat(summary.accompaniments()).isEqualTo(300);
      assertThat(byDefault).anyMatch(row -> row.startsWith("liens_figure_file["))
          .anyMatch(row -> row.startsWith("liens_figure_household["));
      assertThat(written).isEqualTo(byDefault.size());
      assertThat(copied).isEqualTo(byDefault);
      assertThat(checkedOnce).isEqualTo(byDefault);
      assertThat(indexedOnce).isEqualTo(byDefault);
      assertThat(byHand).isEqualTo(byDefault);
    } finally {
      benchmark.tearDown();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "postgresql"})
  void theUseCasesRunOnAGeneratedPopulation(String storage) {
    assumeTrue(storage.equals("memory") || PopulationDatabase.postgresAvailable(), "no PostgreSQL server");
    PopulationUseCaseBenchmark benchmark = new PopulationUseCaseBenchmark();
    benchmark.accompaniments = 300;
    benchmark.storage = storage;
    benchmark.setUp();
    try {
      int before = benchmark.recordHomeVisit().contacts().size();
      assertThat(benchmark.chain().contacts()).hasSize(7);
      assertThat(before).isPositive();
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void theHeapIsMeasured() {
    assertThat(PopulationHeap.measure(300)).isPositive();
  }

  @Test
  void theTablePairsEachBenchmarkWithItsBaseline() {
    String p = "org.liens.benchmarks.";
    List<PerformanceTable.Pair> pairs = PerformanceTable.pairs(List.of(
        p + "CaseloadBenchmark.firstPage (accompaniments=100000)",
        p + "CaseloadBenchmark.firstPageBySql (accompaniments=100000)",
        p + "RulesBenchmark.eligibilityDecisionByHand ",
        p + "CaseloadBenchmark.orphanByHand "));

    assertThat(pairs).contains(new PerformanceTable.Pair("CaseloadBenchmark.firstPage",
        "CaseloadBenchmark.firstPage", "CaseloadBenchmark.firstPageBySql", "see issue 13"));
    assertThat(pairs).filteredOn(pair -> pair.liens().equals("RulesBenchmark.eligibilityDecision")).hasSize(1);
    assertThat(pairs).noneMatch(pair -> pair.baseline().equals("CaseloadBenchmark.orphanByHand"));
  }
}
