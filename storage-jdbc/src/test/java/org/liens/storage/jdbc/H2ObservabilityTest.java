package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.observe.LiensObserver;
import org.liens.observe.UseCaseOutcome;
import org.liens.storage.Repositories;
import org.liens.storage.tck.TestClock;

/**
 * Observability on JDBC (issue 11): the statements each transaction sends, as the observers see them per use case,
 * and the progress a {@link BulkImport} reports. Database-independent logic: run on H2 only.
 */
@OnDatabase(TestDatabase.H2)
class H2ObservabilityTest extends JdbcStorageTestBase {
  private static final Actor COORDINATOR = Actor.of("u-coord", Role.COORDINATOR);

  private static List<Household> households(int count) {
    return Stream.generate(() -> Household.register(HouseholdId.of(UUID.randomUUID()),
        AbstractJdbcStorageTest.profile("Famille")).after()).limit(count).toList();
  }

  /** A clock that moves {@code step} further at each reading. */
  private static LongSupplier ticking(Duration step) {
    AtomicLong now = new AtomicLong();
    return () -> now.getAndAdd(step.toNanos());
  }

  @Test
  void everyQueryOrUpdateCountsOneStatementAndABatchCountsOnce() {
    Household stored = households(1).get(0);
    List<Long> counts = storage.inTransaction((Repositories r) -> {
      List<Long> seen = new ArrayList<>();
      seen.add(r.statementCount());
      r.households().find(stored.id());
      seen.add(r.statementCount());
      r.households().find(HouseholdId.of(UUID.randomUUID()));
      seen.add(r.statementCount());
      return seen;
    });
    JdbcStorage batched = database.builder().batchSize(10).build();
    long[] afterImport = new long[1];
    batched.inTransaction((Repositories r) -> {
      long before = r.statementCount();
      batched.bulkImport().households(households(25)).run(); // joins: 3 batches of households, 3 of their facts
      afterImport[0] = r.statementCount() - before;
      return null;
    });

    assertThat(counts).containsExactly(0L, 1L, 2L);
    assertThat(afterImport[0]).isEqualTo(6);
  }

  @Test
  void observersSeeTheStatementsOfEachUseCaseOnlyEvenInsideAHostTransaction() {
    List<UseCaseOutcome> outcomes = new ArrayList<>();
    Liens liens = Liens.builder().storage(storage).clock(new TestClock(LocalDate.of(2025, 3, 1)))
        .observer(new LiensObserver() {
          @Override
          public void useCaseFinished(UseCaseOutcome outcome) {
            outcomes.add(outcome);
          }
        })
        .build();
    Household household = liens.households().register(COORDINATOR, AbstractJdbcStorageTest.profile("Anne"));
    liens.households().get(COORDINATOR, household.id());
    storage.inTransaction((Repositories r) -> {
      for (int i = 0; i < 5; i++) {
        r.households().find(HouseholdId.of(UUID.randomUUID()));
      }
      return liens.households().get(COORDINATOR, household.id());
    });

    assertThat(outcomes).extracting(UseCaseOutcome::useCase)
        .containsExactly("household.register", "household.read", "household.read");
    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.statements()).isPositive());
    assertThat(outcomes.get(2).statements()).isEqualTo(outcomes.get(1).statements());
  }

  @Test
  void anImportReportsEveryNRowsWithItsRateAndTimeLeftAndOnceAtTheEnd() {
    List<ImportProgress> reports = new ArrayList<>();
    JdbcStorage batched = database.builder().batchSize(100).build();

    BulkImport.ImportSummary summary = batched.bulkImport().households(households(2_500))
        .progress(500, Duration.ofDays(1), reports::add, ticking(Duration.ofMillis(10)))
        .run();

    assertThat(summary.households()).isEqualTo(2_500);
    assertThat(reports).extracting(ImportProgress::rowsDone).containsExactly(500L, 1_000L, 1_500L, 2_000L, 2_500L);
    assertThat(reports).allSatisfy(report -> assertThat(report.rowsTotal()).isEqualTo(2_500));
    // the clock reads 0 at the start and 10 ms more after each batch of 100: 500 rows in 50 ms
    ImportProgress first = reports.get(0);
    assertThat(first.rowsPerSecond()).isCloseTo(10_000, within(1e-6));
    assertThat(first.estimatedTimeLeft()).contains(Duration.ofMillis(200));
    assertThat(first.fraction()).isEqualTo(0.2);
    assertThat(reports.get(4).done()).isTrue();
    assertThat(reports.get(4).estimatedTimeLeft()).contains(Duration.ZERO);
  }

  @Test
  void anImportReportsEverySecondWhateverTheRows() {
    List<ImportProgress> reports = new ArrayList<>();
    JdbcStorage batched = database.builder().batchSize(100).build();

    batched.bulkImport().households(households(1_000))
        .progress(1_000_000, Duration.ofSeconds(1), reports::add, ticking(Duration.ofMillis(400)))
        .run();

    // batches end at 0.4 s, 0.8 s, 1.2 s (report), 1.6 s, 2.0 s, 2.4 s (report)… and the end at 4.4 s
    assertThat(reports).extracting(ImportProgress::rowsDone).containsExactly(300L, 600L, 900L, 1_000L);
  }

  @Test
  void aCallbackThatThrowsDoesNotStopTheImport() {
    List<ImportProgress> reports = new ArrayList<>();
    List<Household> households = households(300);
    JdbcStorage batched = database.builder().batchSize(100).build();

    BulkImport.ImportSummary summary = batched.bulkImport().households(households)
        .progress(100, Duration.ofDays(1), report -> {
          reports.add(report);
          throw new IllegalStateException("progress bar broke");
        })
        .run();

    assertThat(summary.households()).isEqualTo(300);
    assertThat(reports).extracting(ImportProgress::rowsDone).containsExactly(100L, 200L, 300L);
    assertThat(storage.read((Repositories r) -> r.households().find(households.get(299).id()))).isPresent();
  }

  @Test
  void anEmptyImportReportsOnceDone() {
    List<ImportProgress> reports = new ArrayList<>();
    storage.bulkImport().progress(reports::add).run();
    assertThat(reports).singleElement().satisfies(report -> {
      assertThat(report.done()).isTrue();
      assertThat(report.fraction()).isEqualTo(1.0);
    });
  }
}
