package org.liens.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liens.accompaniment.Progress;
import org.liens.accompaniment.application.PrescriberView;
import org.liens.eligibility.EligibilityDecision;

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
  void theHandWrittenEligibilityDecidesAndExplainsAsLiensDoes() {
    RulesBenchmark rules = new RulesBenchmark();
    rules.setUp();
    EligibilityDecision liens = rules.eligibilityDecision();
    HandWrittenEligibility.Decision byHand = rules.eligibilityDecisionByHand();

    assertThat(byHand.eligible()).isEqualTo(liens.eligible()).isTrue();
    assertThat(byHand.explain(Locale.FRENCH)).isEqualTo(liens.explain(Locale.FRENCH));
    assertThat(byHand.explain(Locale.ENGLISH)).isEqualTo(liens.explain(Locale.ENGLISH));
  }

  @Test
  void theServiceAndItsLockedMapRecordAndReadTheSameProgress() {
    ContactServiceBenchmark service = new ContactServiceBenchmark();
    service.setUp();
    for (int i = 0; i < 3 * ContactServiceBenchmark.ACCOMPANIMENTS; i++) {
      Progress progress = service.recordHomeVisitAndReadProgress().orElseThrow();
      assertThat(service.recordHomeVisitAndReadProgressInALockedMap()).isEqualTo(
          progress.homeVisits().status().ordinal() * 8 + progress.remoteContacts().status().ordinal());
    }
  }

  @Test
  void theRulesAndTheCaseloadQueriesRun() {
    RulesBenchmark rules = new RulesBenchmark();
    rules.setUp();
    assertThat(rules.eligibilityDecision().eligible()).isTrue();
    assertThat(rules.recordTwelfthContact().contacts()).hasSize(12);
    assertThat(rules.progressAt()).isPresent();
    Progress progress = rules.recordContactAndReadProgress().orElseThrow();
    int byHand = rules.recordContactAndReadProgressByHand();
    assertThat(byHand).isEqualTo(progress.homeVisits().status().ordinal() * 8
        + progress.remoteContacts().status().ordinal());
    assertThat(rules.recordContactAndReadProgressByHand()).isEqualTo(byHand);
  }

  @Test
  void theCaseloadInMemoryPagesAsItsIndexAndItsScanList() {
    CaseloadBenchmark caseload = new CaseloadBenchmark();
    caseload.accompaniments = 3_000;
    caseload.pageSize = 4;
    caseload.setUp();

    List<PrescriberView> whole = caseload.wholeCaseload();
    assertThat(whole).hasSizeGreaterThan(caseload.pageSize);
    assertThat(caseload.firstPage().entries()).isEqualTo(whole.subList(0, caseload.pageSize));
    assertThat(caseload.middlePage().entries()).isNotEmpty().isSubsetOf(whole);
    assertThat(caseload.firstPageAsViews()).isEqualTo(whole.subList(0, caseload.pageSize));
    assertThat(caseload.firstPageFromStorage()).extracting(a -> a.id())
        .isEqualTo(whole.subList(0, caseload.pageSize).stream().map(PrescriberView::accompaniment).toList());
    assertThat(caseload.wholeCaseloadFromStorage()).isEqualTo(caseload.wholeCaseloadByScan());
    assertThat(caseload.firstPageRowsFromStorage()).extracting(row -> PrescriberView.of(row, caseload.prescriber))
        .isEqualTo(whole.subList(0, caseload.pageSize));
  }

  @Test
  void theCaseloadOnPostgresqlReadsWhatTheHandWrittenQueryReads() throws Exception {
    String unreachable = CaseloadPostgresBenchmarkReach.reason();
    if (!unreachable.isEmpty() && !"true".equalsIgnoreCase(System.getenv("CI"))) {
      System.err.println("[liens] skipping the PostgreSQL caseload benchmark's set-up: " + unreachable);
      Assumptions.abort(unreachable);
    }
    CaseloadPostgresBenchmark caseload = new CaseloadPostgresBenchmark();
    caseload.accompaniments = 1_500;
    caseload.pageSize = 4;
    caseload.setUp();
    try {
      List<UUID> byHand = caseload.wholeCaseloadByHand().stream()
          .map(CaseloadPostgresBenchmark.ScreenLine::accompaniment).toList();
      assertThat(byHand).hasSizeGreaterThan(caseload.pageSize);
      assertThat(caseload.wholeCaseload()).extracting(v -> v.accompaniment().value()).isEqualTo(byHand);
      assertThat(caseload.firstPage().entries()).extracting(v -> v.accompaniment().value())
          .isEqualTo(byHand.subList(0, caseload.pageSize));
      assertThat(caseload.firstPageByHand()).extracting(CaseloadPostgresBenchmark.ScreenLine::accompaniment)
          .isEqualTo(byHand.subList(0, caseload.pageSize));
      assertThat(caseload.firstPageByHandInATransaction()).isEqualTo(caseload.firstPageByHand());
      int entries = caseload.storage.read(r -> r.auditTrail().ofActor("bench", org.liens.audit.AuditEntry.EARLIEST,
          org.liens.audit.AuditEntry.END)).size();
      assertThat(caseload.firstPageByHandAudited()).isEqualTo(caseload.firstPageByHand());
      // the audited baseline appends one entry naming the households of the page, as the service does
      List<org.liens.audit.AuditEntry> trail = caseload.storage.read(r -> r.auditTrail().ofActor("bench",
          org.liens.audit.AuditEntry.EARLIEST, org.liens.audit.AuditEntry.END));
      assertThat(trail).hasSize(entries + 1);
      assertThat(trail.get(trail.size() - 1).households()).hasSize(caseload.firstPage().entries().size());
      assertThat(caseload.wholeCaseloadByHandAudited()).isEqualTo(caseload.wholeCaseloadByHand());
      assertThat(caseload.firstPageFromStorage()).extracting(a -> a.id().value())
          .isEqualTo(byHand.subList(0, caseload.pageSize));
      assertThat(caseload.firstPageRowsFromStorage()).extracting(row -> row.id().value())
          .isEqualTo(byHand.subList(0, caseload.pageSize));
      // the screen's rows count the held home visits and remote contacts as the hand-written query does, and the
      // service's views show those counts
      List<CaseloadPostgresBenchmark.ScreenLine> lines = caseload.wholeCaseloadByHand();
      assertThat(caseload.wholeCaseloadRowsFromStorage()).extracting(row -> List.of(row.id().value(),
              row.contacts().homeVisits(), row.contacts().remoteContacts(), row.team().size()))
          .isEqualTo(lines.stream().map(l -> List.of(l.accompaniment(), (int) l.homeVisits(),
              (int) l.remoteContacts(), l.team().size())).toList());
      assertThat(caseload.wholeCaseload()).extracting(v -> v.progress().map(p -> p.homeVisits().done()).orElse(0))
          .isEqualTo(lines.stream().map(l -> (int) l.homeVisits()).toList());
    } finally {
      caseload.tearDown();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "h2"})
  void theFiguresBenchmarkCountsTheSameOnEachStorage(String storage) {
    FiguresBenchmark benchmark = new FiguresBenchmark();
    benchmark.storage = storage;
    benchmark.accompaniments = 2_000;
    benchmark.revisions = 4;
    benchmark.setUp();
    FiguresBenchmark memory = new FiguresBenchmark();
    memory.storage = "memory";
    memory.accompaniments = 2_000;
    memory.revisions = 4;
    memory.setUp();
    FiguresBenchmark lastRevisionOnly = new FiguresBenchmark();
    lastRevisionOnly.storage = "memory";
    lastRevisionOnly.accompaniments = 2_000;
    lastRevisionOnly.revisions = 1;
    lastRevisionOnly.setUp();

    assertThat(benchmark.reportOfThePeriod().count(org.liens.figures.FigureKeys.FILES)).isEqualTo(2_000);
    assertThat(benchmark.reportOfThePeriod()).isEqualTo(memory.reportOfThePeriod())
        .isEqualTo(lastRevisionOnly.reportOfThePeriod()); // the earlier revisions are recorded, never counted
    assertThat(benchmark.reportOfOneFunder()).isEqualTo(memory.reportOfOneFunder());
    benchmark.tearDown();
  }

  @Test
  void thePartnerCatalogueImportsAndSearchesAsTheBruteForceFilter() {
    PartnerCatalogueBenchmark catalogue = new PartnerCatalogueBenchmark();
    catalogue.services = 2_000;
    catalogue.setUp();

    for (int i = 0; i < 64; i++) {
      assertThat(catalogue.search()).isEqualTo(catalogue.queries.get(i).select(catalogue.all));
    }
    long count = catalogue.storage.read(r -> r.partnerCatalogue().serviceCount());
    assertThat(count).isEqualTo(2_000L);
  }
}
