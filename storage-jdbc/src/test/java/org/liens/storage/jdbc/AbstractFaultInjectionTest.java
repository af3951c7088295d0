package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.ContactId;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.storage.Repositories;
import org.liens.storage.tck.World;

/**
 * Issue 10, fault injection: the server session behind a use case ({@code recordHomeVisit} under a caller's contact
 * id) or a bulk import is killed, from an independent admin connection, at each phase of its transaction: before
 * its first write, after some writes, while it waits for a row lock another transaction holds, and at commit. The
 * caller gets the typed code the README promises ({@code STORAGE_FAILURE}: nothing stored; {@code OUTCOME_UNKNOWN}
 * at commit only) and the stored rows say the same: nothing of the call, or, after a repeat under the same caller
 * id, the call exactly once. {@link FaultChain} kills a chain of use cases at random points.
 */
abstract class AbstractFaultInjectionTest extends JdbcStorageTestBase {
  private static final int IMPORTED = 7;
  private static final int CHAIN_RUNS = 12;

  private FaultPoints points;
  private World world;
  private Liens faulty;
  private LossyRelay relay;
  private PooledDataSource relayed;
  /** The world's MADI accompaniment as stored before the test. */
  private Accompaniment madi;

  /** One world per class, built once: every test works under ids of its own and compares with what it found. */
  @Override
  void emptyTables() {}

  @BeforeEach
  void faultyLiens() throws Exception {
    if (world == null) {
      world = World.on(storage);
      relay = new LossyRelay(kind());
      relayed = new PooledDataSource(relay.dataSourceOf(database.name));
      points = new FaultPoints(relayed, kind());
      faulty = Liens.builder().storage(JdbcStorage.builder(points).retryBackoff(Duration.ZERO).build())
          .clock(world.clock).build();
    }
    points.disarm();
    madi = storage.read((Repositories r) -> r.accompaniments().get(world.madi.id()));
  }

  @AfterAll
  void closeRelay() {
    if (relay != null) {
      relayed.close();
      relay.close();
    }
  }

  /** The failure is a {@link LiensException} of {@code code} whose messages name no personal data. */
  static void assertCode(Throwable failure, ErrorCode code) {
    assertThat(failure).isInstanceOfSatisfying(LiensException.class, e -> assertThat(e.code()).isEqualTo(code));
    AbstractJdbcStorageTest.assertNoPersonalData(failure);
  }

  private Throwable recordVisit(Liens liens, ContactId visit) {
    return catchThrowable(() -> liens.accompaniments().recordHomeVisit(World.COORDINATOR, madi.id(), visit,
        world.clock.today(), madi.team().get(0)));
  }

  /** Repeats the visit without faults: the accompaniment then holds it exactly once, in one contact row. */
  private void assertRepeatRecordsOnce(ContactId visit, StoredRows before) {
    assertThat(recordVisit(world.liens, visit)).isNull();
    Accompaniment stored = storage.read((Repositories r) -> r.accompaniments().get(world.madi.id()));
    assertThat(stored.contacts()).hasSize(madi.contacts().size() + 1);
    assertThat(stored.contacts()).filteredOn(c -> c.id().equals(visit)).hasSize(1);
    assertThat(StoredRows.of(database.dataSource).addedSince(before))
        .containsEntry("liens_contact", 1L).containsEntry("liens_household", 0L);
  }

  private void assertNothingStoredSince(StoredRows before) {
    assertThat(StoredRows.of(database.dataSource)).isEqualTo(before);
    assertThat(storage.read((Repositories r) -> r.accompaniments().get(world.madi.id()))).isEqualTo(madi);
  }

  // ------------------------------------------------------------------ a use case

  @Test
  void aUseCaseKilledBeforeItsFirstWriteFailsAndStoresNothing() {
    StoredRows before = StoredRows.of(database.dataSource);
    ContactId visit = ContactId.of(UUID.randomUUID());
    AtomicInteger reads = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    points.arm(p -> {
      if (p.write() && killed.compareAndSet(false, true)) {
        points.kill(p);
      } else if (!killed.get()) {
        reads.incrementAndGet();
      }
    });

    Throwable failure = recordVisit(faulty, visit);

    assertThat(killed).isTrue();
    assertThat(reads).hasValueGreaterThan(1); // the transaction had begun and read the accompaniment
    assertCode(failure, ErrorCode.STORAGE_FAILURE);
    assertNothingStoredSince(before);
    assertRepeatRecordsOnce(visit, before);
  }

  @Test
  void aUseCaseKilledAfterSomeWritesFailsAndStoresNothing() {
    StoredRows before = StoredRows.of(database.dataSource);
    ContactId visit = ContactId.of(UUID.randomUUID());
    AtomicInteger writes = new AtomicInteger();
    points.arm(p -> {
      if (p.write() && writes.incrementAndGet() == 3) {
        points.kill(p); // two writes went through: the contact, the accompaniment's row
      }
    });

    Throwable failure = recordVisit(faulty, visit);

    assertThat(writes).hasValue(3);
    assertCode(failure, ErrorCode.STORAGE_FAILURE);
    assertNothingStoredSince(before);
    assertRepeatRecordsOnce(visit, before);
  }

  @Test
  void aUseCaseKilledWhileItWaitsForARowLockFailsAndStoresNothing() throws Exception {
    assertWaitingForALockEndsInAFailure(true);
  }

  @Test
  void aStatementCancelledWhileItWaitsForARowLockFailsTheUseCaseAndStoresNothing() throws Exception {
    assertWaitingForALockEndsInAFailure(false);
  }

  /**
   * Another transaction holds the accompaniment's row ({@code SELECT … FOR UPDATE}); once the use case waits for
   * it, its session is killed ({@code kill}) or its statement cancelled, the session left alive. Either way: a
   * failure, nothing stored, the lock holder unharmed, and the repeat records once.
   */
  private void assertWaitingForALockEndsInAFailure(boolean kill) throws Exception {
    StoredRows before = StoredRows.of(database.dataSource);
    ContactId visit = ContactId.of(UUID.randomUUID());
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2); // the lock holder, the watcher
    CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> storage.inTransaction((Repositories r) -> {
      r.accompaniments().lock(world.madi.id());
      locked.countDown();
      await(release);
      return null;
    }), threads);
    assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
    List<CompletableFuture<Boolean>> watcher = new CopyOnWriteArrayList<>();
    points.arm(p -> {
      if (watcher.isEmpty()) {
        watcher.add(CompletableFuture.supplyAsync(() -> points.stopOnceItWaitsForALock(p, kill), threads));
      }
    });

    Throwable failure;
    try {
      failure = recordVisit(faulty, visit);
    } finally {
      release.countDown();
      threads.shutdown();
    }

    assertThat(watcher.get(0).get(10, TimeUnit.SECONDS)).as("the use case waited for the lock, then was stopped")
        .isTrue();
    holder.get(10, TimeUnit.SECONDS);
    assertCode(failure, ErrorCode.STORAGE_FAILURE);
    assertNothingStoredSince(before);
    assertRepeatRecordsOnce(visit, before);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the lock holder was never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aUseCaseKilledAtCommitIsAnUnknownOutcomeThatNothingWasStoredAndTheRepeatRecordsOnce() {
    StoredRows before = StoredRows.of(database.dataSource);
    ContactId visit = ContactId.of(UUID.randomUUID());
    points.arm(p -> {
      if (p.commit()) {
        points.kill(p); // before the COMMIT reaches the server: it rolls back
      }
    });

    Throwable failure = recordVisit(faulty, visit);

    assertCode(failure, ErrorCode.OUTCOME_UNKNOWN);
    assertNothingStoredSince(before);
    assertRepeatRecordsOnce(visit, before);
  }

  /** At commit: the server commits, and its answer is lost on the way back, the connection cut ({@link LossyRelay}). */
  void commitThenLoseTheAnswer(FaultPoints.Point p) {
    if (p.commit()) {
      relay.loseTheNextAnswer();
    }
  }

  @Test
  void aUseCaseKilledOnceItsCommitLandedIsAnUnknownOutcomeAndTheRepeatRecordsNothingTwice() {
    StoredRows before = StoredRows.of(database.dataSource);
    ContactId visit = ContactId.of(UUID.randomUUID());
    points.arm(this::commitThenLoseTheAnswer);

    Throwable failure = recordVisit(faulty, visit);

    assertCode(failure, ErrorCode.OUTCOME_UNKNOWN);
    assertThat(StoredRows.of(database.dataSource).addedSince(before)).containsEntry("liens_contact", 1L);
    assertRepeatRecordsOnce(visit, before);
  }

  /** A read-only transaction stores nothing, whatever happens at its commit: a lost connection is a failure. */
  @Test
  void aReadKilledAtCommitIsAFailureAndNotAnUnknownOutcome() {
    JdbcStorage reading = JdbcStorage.builder(points).retryBackoff(Duration.ZERO).build();
    points.arm(p -> {
      if (p.commit()) {
        points.kill(p);
      }
    });

    Throwable failure = catchThrowable(() -> reading.read((Repositories r) -> r.accompaniments().get(madi.id())));

    assertThat(points.reached()).isGreaterThan(1);
    assertCode(failure, ErrorCode.STORAGE_FAILURE);
    points.disarm();
    assertThat(reading.read((Repositories r) -> r.accompaniments().get(madi.id()))).isEqualTo(madi);
  }

  // ------------------------------------------------------------------ a chain, killed at random

  @Test
  void aChainOfUseCasesKilledAtRandomPointsStoresEachCallWholeOrNotAtAllAndItsRepeatOnce() {
    long seed = Long.getLong("liens.fault.seed", System.nanoTime());
    Random random = new Random(seed);
    FaultChain chain = new FaultChain(world, faulty, points, database.dataSource, this::commitThenLoseTheAnswer);
    FaultChain.Calibration calibration = chain.calibrate();
    for (int run = 0; run < CHAIN_RUNS; run++) {
      try {
        chain.runKilledAtRandom(random, calibration, run);
      } catch (AssertionError e) {
        throw new AssertionError("run " + run + " of the chain failed; repeat with -Dliens.fault.seed=" + seed, e);
      }
    }
  }

  // ------------------------------------------------------------------ a bulk import

  private List<Household> newHouseholds() {
    return Stream.generate(() -> Household.register(HouseholdId.of(UUID.randomUUID()),
        AbstractJdbcStorageTest.profile("Written first")).after()).limit(IMPORTED).toList();
  }

  /** An import over the faulty data source, in batches of two rows: several batches per statement. */
  private BulkImport.ImportSummary importOverFaults(List<Household> households) {
    return JdbcStorage.builder(points).retryBackoff(Duration.ZERO).batchSize(2).build().bulkImport()
        .households(households).run();
  }

  private long stored(List<Household> households) {
    return households.stream()
        .filter(h -> storage.read((Repositories r) -> r.households().find(h.id())).isPresent()).count();
  }

  @Test
  void aBulkImportKilledBetweenTwoBatchesOfOneStatementStoresNothingAndRunsWholeAgain() {
    List<Household> households = newHouseholds();
    StoredRows before = StoredRows.of(database.dataSource);
    AtomicInteger batches = new AtomicInteger();
    points.arm(p -> {
      if (p.sql().startsWith("INSERT INTO " + HouseholdRepository.TABLE) && batches.incrementAndGet() == 3) {
        points.kill(p); // two batches of households were sent in this statement, two are still to go
      }
    });

    Throwable failure = catchThrowable(() -> importOverFaults(households));

    assertThat(batches).hasValue(3);
    assertCode(failure, ErrorCode.STORAGE_FAILURE);
    assertThat(StoredRows.of(database.dataSource)).isEqualTo(before);
    points.disarm();
    assertThat(importOverFaults(households).households()).isEqualTo(IMPORTED);
    assertThat(stored(households)).isEqualTo(IMPORTED);
    assertThat(StoredRows.of(database.dataSource).addedSince(before)).containsEntry("liens_household", (long) IMPORTED);
  }

  @Test
  void aBulkImportKilledAtCommitIsAnUnknownOutcomeThatNothingWasStoredAndRunsWholeAgain() {
    List<Household> households = newHouseholds();
    StoredRows before = StoredRows.of(database.dataSource);
    points.arm(p -> {
      if (p.commit()) {
        points.kill(p);
      }
    });

    Throwable failure = catchThrowable(() -> importOverFaults(households));

    assertCode(failure, ErrorCode.OUTCOME_UNKNOWN);
    assertThat(StoredRows.of(database.dataSource)).isEqualTo(before);
    points.disarm();
    assertThat(importOverFaults(households).households()).isEqualTo(IMPORTED);
    assertThat(StoredRows.of(database.dataSource).addedSince(before)).containsEntry("liens_household", (long) IMPORTED);
  }

  @Test
  void aBulkImportKilledOnceItsCommitLandedIsAnUnknownOutcomeAndItsRepeatIsRefusedWithoutDuplicates() {
    List<Household> households = newHouseholds();
    StoredRows before = StoredRows.of(database.dataSource);
    points.arm(this::commitThenLoseTheAnswer);

    Throwable failure = catchThrowable(() -> importOverFaults(households));

    assertCode(failure, ErrorCode.OUTCOME_UNKNOWN);
    assertThat(stored(households)).isEqualTo(IMPORTED);
    points.disarm();
    assertCode(catchThrowable(() -> importOverFaults(households)), ErrorCode.DUPLICATE_ID);
    assertThat(StoredRows.of(database.dataSource).addedSince(before)).containsEntry("liens_household", (long) IMPORTED);
  }
}
