package org.liens.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationState;
import org.liens.partner.PartnerService;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.World;

/** Runs the README's "Orientation" fragments of {@link OrientationSamples} on the in-memory storage. */
class OrientationSamplesTest {
  /** Seed 004, as the core tests keep it. */
  static final Path SEED = Path.of("..", "core", "src", "test", "resources", "org", "liens", "partner", "seed-004.txt");

  @Test
  void seed_004_is_searched_near_auch_and_a_family_is_oriented_to_what_is_found() throws IOException {
    World world = World.on(new InMemoryStorage());

    List<PartnerService> found = OrientationSamples.importAndSearch(world.liens, World.COORDINATOR,
        Files.readString(SEED), world.clock.today());
    Orientation done = OrientationSamples.orient(world.liens, World.COORDINATOR, world.madi.id(),
        World.person(world.couple, "Julie"), found.get(0), world.clock.today());

    assertThat(found).extracting(PartnerService::name)
        .containsExactly("Semaine thématique des familles et de la parentalité"); // Gers; the workshops ended
    assertThat(done.state()).isEqualTo(OrientationState.ACCEPTED);
    assertThat(done.outcome()).isPresent();
  }
}
