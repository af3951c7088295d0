package org.liens.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each benchmark's set-up and each measured method run once, so that a benchmark that no longer works is seen in
 * the build, not when someone measures (UseCaseBenchmark's set-up was refused by a rule for a while unnoticed).
 * Nothing here measures time.
 */
class BenchmarkSetupTest {

  @ParameterizedTest
  @ValueSource(strings = {"memory", "h2"})
  void theUseCasesRunOnEachStorage(String storage) {
    UseCaseBenchmark benchmark = new UseCaseBenchmark();
    benchmark.storage = storage;
    benchmark.setUp();

    assertThat(benchmark.caseloadOfOnePrescriber()).isNotEmpty();
    assertThat(benchmark.recordHomeVisit().contacts()).isNotEmpty();
  }

  @Test
  void theRulesAndTheCaseloadQueriesRun() {
    RulesBenchmark rules = new RulesBenchmark();
    rules.setUp();
    assertThat(rules.eligibilityDecision().eligible()).isTrue();
    assertThat(rules.recordTwelfthContact().contacts()).hasSize(12);
    assertThat(rules.progressAt()).isPresent();

    CaseloadBenchmark caseload = new CaseloadBenchmark();
    caseload.accompaniments = 1000;
    caseload.setUp();
    assertThat(caseload.caseloadOfOnePrescriberByIndex()).isNotEmpty()
        .isEqualTo(caseload.caseloadOfOnePrescriberByScan());
  }
}
