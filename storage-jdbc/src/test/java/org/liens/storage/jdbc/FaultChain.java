package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.RemoteChannel;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.shared.ErrorCode;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;
import org.liens.storage.tck.World;

/**
 * A chain of use cases, each under ids its caller chose (a household registered, a home visit and a phone call
 * recorded on the world's MADI accompaniment), run over {@link FaultPoints} with the session killed at one random
 * point of the chain: a statement, or a commit (before the server commits, or after it did, its answer lost).
 * The invariant, checked per call and for the chain: a call that failed stored nothing ({@code STORAGE_FAILURE}) or
 * either nothing or all of itself ({@code OUTCOME_UNKNOWN}, at commit only); repeated under its ids, it is stored;
 * and the chain adds exactly the rows of a chain run without faults.
 */
final class FaultChain {
  private static final int CALLS = 3;

  private final World world;
  private final Liens faulty;
  private final FaultPoints points;
  private final DataSource healthy;
  private final Storage storage;
  private final FaultPoints.Fault loseTheAnswer;

  /** A chain over {@code faulty}; {@code landed} makes the server commit and loses its answer. */
  FaultChain(World world, Liens faulty, FaultPoints points, DataSource healthy, FaultPoints.Fault landed) {
    this.loseTheAnswer = landed;
    this.world = world;
    this.faulty = faulty;
    this.points = points;
    this.healthy = healthy;
    this.storage = world.storage;
  }

  /**
   * The caller's ids of one chain, and the profile it registers: a repeat passes the very same profile, whose
   * parent's {@code PersonId} is part of it (a profile built again gets a new one: "another household").
   */
  private record Ids(HouseholdId household, HouseholdProfile profile, ContactId visit, ContactId call) {
    static Ids fresh() {
      return new Ids(HouseholdId.of(UUID.randomUUID()), AbstractJdbcStorageTest.profile("Written first"),
          ContactId.of(UUID.randomUUID()), ContactId.of(UUID.randomUUID()));
    }
  }

  /**
   * What a chain without faults reaches and adds.
   *
   * @param statements the numbers of its statement points
   * @param commits the numbers of its commit points
   * @param added the rows it adds, per table
   */
  record Calibration(List<Integer> statements, List<Integer> commits, Map<String, Long> added) {}

  /** Runs the chain once without faults, numbering its fault points and counting the rows it adds. */
  Calibration calibrate() {
    StoredRows before = StoredRows.of(healthy);
    List<Integer> statements = new CopyOnWriteArrayList<>();
    List<Integer> commits = new CopyOnWriteArrayList<>();
    points.arm(p -> (p.commit() ? commits : statements).add(p.index()));
    Ids ids = Ids.fresh();
    for (int call = 0; call < CALLS; call++) {
      run(faulty, call, ids);
    }
    points.disarm();
    assertThat(commits).hasSize(CALLS);
    return new Calibration(List.copyOf(statements), List.copyOf(commits), StoredRows.of(healthy).addedSince(before));
  }

  /**
   * Runs the chain with a kill at a point chosen by {@code random} among those of {@code calibration}, of the kind
   * {@code run} stands for (so that a few runs cover each): a statement (even runs), a commit before the server
   * commits ({@code run % 4 == 1}), a commit whose answer is lost once the server committed ({@code run % 4 == 3});
   * then checks the invariant.
   */
  void runKilledAtRandom(Random random, Calibration calibration, int run) {
    List<Integer> candidates = run % 2 == 0 ? calibration.statements() : calibration.commits();
    int point = candidates.get(random.nextInt(candidates.size()));
    boolean landed = run % 4 == 3;
    AtomicReference<FaultPoints.Point> killedAt = new AtomicReference<>();
    StoredRows before = StoredRows.of(healthy);
    Ids ids = Ids.fresh();
    points.arm(p -> {
      if (p.index() == point && killedAt.compareAndSet(null, p)) {
        if (p.commit() && landed) {
          loseTheAnswer.before(p);
        } else {
          points.kill(p);
        }
      }
    });
    for (int call = 0; call < CALLS; call++) {
      StoredRows beforeCall = StoredRows.of(healthy);
      int c = call;
      Throwable failure = catchThrowable(() -> run(faulty, c, ids));
      if (failure != null) {
        points.disarm();
        FaultPoints.Point at = killedAt.get();
        assertThat(at).as("a call failed without a kill").isNotNull();
        boolean unknown = at.commit();
        AbstractFaultInjectionTest.assertCode(failure, unknown ? ErrorCode.OUTCOME_UNKNOWN : ErrorCode.STORAGE_FAILURE);
        if (!unknown || !landed) {
          assertThat(StoredRows.of(healthy)).as("nothing of call %d stored", c).isEqualTo(beforeCall);
        }
        assertThat(applied(c, ids)).as("call %d stored as a whole if its commit landed", c)
            .isEqualTo(unknown && landed);
        run(world.liens, c, ids); // the caller repeats it under the same ids
      }
      assertThat(applied(c, ids)).as("call %d stored", c).isTrue();
    }
    assertThat(killedAt.get()).as("the chain reached point %d", point).isNotNull();
    assertThat(StoredRows.of(healthy).addedSince(before)).as("the chain stored once, as without faults")
        .isEqualTo(calibration.added());
  }

  private void run(Liens liens, int call, Ids ids) {
    Accompaniment madi = world.madi;
    switch (call) {
      case 0 -> liens.households().register(World.COORDINATOR, ids.household(), ids.profile());
      case 1 -> liens.accompaniments().recordHomeVisit(World.COORDINATOR, madi.id(), ids.visit(),
          world.clock.today(), madi.team().get(0));
      default -> liens.accompaniments().recordRemoteContact(World.COORDINATOR, madi.id(), ids.call(),
          world.clock.today(), madi.team().get(0), RemoteChannel.PHONE);
    }
  }

  private boolean applied(int call, Ids ids) {
    if (call == 0) {
      return storage.read((Repositories r) -> r.households().find(ids.household())).isPresent();
    }
    ContactId contact = call == 1 ? ids.visit() : ids.call();
    return storage.read((Repositories r) -> r.accompaniments().get(world.madi.id())).contacts().stream()
        .anyMatch(c -> c.id().equals(contact));
  }
}
