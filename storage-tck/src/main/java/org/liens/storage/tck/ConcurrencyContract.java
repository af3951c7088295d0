package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.household.Household;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.storage.Storage;

/** Eight writers at once lose nothing: every acknowledged write is stored, every conflict is reported. */
public interface ConcurrencyContract extends StorageFactory {
  /** How many threads write at once. */
  int WRITERS = 8;
  /** How many writes each thread makes. */
  int ROUNDS = 10;

  /** Runs {@code work} on {@link #WRITERS} threads started together and returns their results. */
  private static <T> List<T> together(Callable<T> work) throws Exception {
    return Together.run(WRITERS, thread -> work.call());
  }

  /**
   * Contract (concurrency): 8 writers recording contacts on one accompaniment lose none, retrying on conflict.
   *
   * @throws Exception if a writer thread fails or is interrupted
   */
  @Test
  @DisplayName("concurrency: 8 writers recording contacts on one accompaniment lose none, retrying on conflict")
  default void concurrent_contacts_are_all_kept() throws Exception {
    World world = newWorld();
    world.clock.set(LocalDate.of(2024, 3, 1));
    Accompaniment madi = world.madi;
    int before = madi.contacts().size();
    AtomicInteger conflicts = new AtomicInteger();
    List<Integer> recorded = together(() -> {
      int done = 0;
      for (int round = 0; round < ROUNDS; round++) {
        while (true) {
          try {
            world.liens.accompaniments().recordHomeVisit(World.COORDINATOR, madi.id(),
                LocalDate.of(2023, 12, 1).plusDays(round), world.lea);
            done++;
            break;
          } catch (ConcurrentUpdateException conflict) {
            conflicts.incrementAndGet();
          }
        }
      }
      return done;
    });
    Accompaniment after = world.storage.read(r -> r.accompaniments().get(madi.id()));
    assertThat(recorded).containsOnly(ROUNDS);
    assertThat(after.contacts()).hasSize(before + WRITERS * ROUNDS);
    assertThat(after.contacts().stream().map(c -> c.id()).distinct()).hasSize(before + WRITERS * ROUNDS);
    assertThat(after.version()).isEqualTo(madi.version() + WRITERS * ROUNDS);
  }

  /**
   * Contract (concurrency): 8 writers registering households each get every one stored once.
   *
   * @throws Exception if a writer thread fails or is interrupted
   */
  @Test
  @DisplayName("concurrency: 8 writers registering households each get every one stored once")
  default void concurrent_inserts_are_all_kept() throws Exception {
    World world = newWorld();
    List<List<Household>> registered = together(() -> {
      List<Household> mine = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        mine.add(world.liens.households().register(World.COORDINATOR, Profiles.parentAndCaregiverWithChild()));
      }
      return mine;
    });
    List<Household> all = registered.stream().flatMap(List::stream).toList();
    assertThat(all).hasSize(WRITERS * ROUNDS);
    assertThat(all.stream().map(Household::id).distinct()).hasSize(WRITERS * ROUNDS);
    world.storage.read(r -> {
      all.forEach(h -> assertThat(r.households().find(h.id())).contains(h));
      return null;
    });
  }

  /**
   * Contract (concurrency): of 8 writers updating one household from the same version, exactly one wins.
   *
   * @throws Exception if a writer thread fails or is interrupted
   */
  @Test
  @DisplayName("concurrency: of 8 writers updating one household from the same version, exactly one wins")
  default void one_winner_from_the_same_version() throws Exception {
    World world = newWorld();
    Household household = world.couple;
    List<Boolean> won = together(() -> {
      try {
        world.liens.households().update(World.COORDINATOR, household.id(), household.version(), household.profile());
        return true;
      } catch (ConcurrentUpdateException conflict) {
        return false;
      }
    });
    assertThat(won.stream().filter(w -> w)).hasSize(1);
    Household stored = world.storage.read(r -> r.households().get(household.id()));
    assertThat(stored.version()).isEqualTo(household.version() + 1);
  }
}
