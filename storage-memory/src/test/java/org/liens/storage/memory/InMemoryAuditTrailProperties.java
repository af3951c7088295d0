package org.liens.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditOutcome;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.storage.Repositories;

/**
 * The in-memory trail files its entries on the first read after appends (issue 13): whatever the interleaving of
 * appends, reads, rolled-back appends (read inside their transaction or not) and purges, every query returns what a
 * filter over the committed entries returns, in the trail's order.
 */
class InMemoryAuditTrailProperties {
  private static final Instant BASE = Instant.parse("2023-09-04T08:00:00Z");
  private static final List<HouseholdId> HOUSEHOLDS =
      List.of(HouseholdId.of(new UUID(1, 1)), HouseholdId.of(new UUID(1, 2)));
  private static final List<PersonId> PERSONS = List.of(PersonId.of(new UUID(2, 1)), PersonId.of(new UUID(2, 2)));
  private static final List<Actor> ACTORS =
      List.of(Actor.of("u-one", Role.COORDINATOR), Actor.of("u-two", Role.EDUCATOR));

  /** One step: 0–3 append, 4 append then roll back, 5 append, read and roll back, 6 read everything, 7 purge. */
  @Provide
  Arbitrary<List<Integer>> steps() {
    return Arbitraries.integers().between(0, 7).list().ofMaxSize(40);
  }

  @Property(tries = 200)
  @Label("queries equal a filter over the committed entries, whatever the interleaving of appends, reads and rollbacks")
  void queries_follow_every_interleaving(@ForAll("steps") List<Integer> steps, @ForAll long seed) {
    InMemoryStorage storage = new InMemoryStorage();
    List<AuditEntry> committed = new ArrayList<>();
    java.util.Random random = new java.util.Random(seed);
    int n = 0;
    for (int step : steps) {
      AuditEntry entry = entry(n++, random);
      if (step <= 3) {
        storage.inTransaction((Repositories r) -> {
          r.auditTrail().append(entry);
          return null;
        });
        committed.add(entry);
      } else if (step <= 5) {
        boolean readInside = step == 5;
        assertThatThrownBy(() -> storage.inTransaction((Repositories r) -> {
          r.auditTrail().append(entry);
          if (readInside) {
            assertThat(r.auditTrail().ofActor(entry.actor().userId(), Instant.MIN, Instant.MAX)).contains(entry);
          }
          throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);
      } else if (step == 6) {
        assertMatches(storage, committed);
      } else {
        Instant cut = BASE.plusSeconds(random.nextInt(n + 1));
        int purged = storage.inTransaction((Repositories r) -> r.auditTrail().purgeBefore(cut));
        int before = committed.size();
        committed.removeIf(e -> e.at().isBefore(cut));
        assertThat(purged).isEqualTo(before - committed.size());
      }
    }
    assertMatches(storage, committed);
  }

  private static AuditEntry entry(int n, java.util.Random random) {
    // out of order now and then: an entry may be stamped before the previous one
    Instant at = BASE.plusSeconds(Math.max(0, n - random.nextInt(3)));
    return new AuditEntry(new UUID(random.nextLong(), random.nextLong()), at, ACTORS.get(random.nextInt(2)),
        "household.get", random.nextBoolean() ? Set.of(HOUSEHOLDS.get(random.nextInt(2))) : Set.copyOf(HOUSEHOLDS),
        random.nextBoolean() ? Set.of() : Set.of(PERSONS.get(random.nextInt(2))), AuditOutcome.ALLOWED);
  }

  private static void assertMatches(InMemoryStorage storage, List<AuditEntry> committed) {
    List<AuditEntry> sorted = committed.stream().sorted(AuditEntry.ORDER).toList();
    for (HouseholdId h : HOUSEHOLDS) {
      assertThat(storage.read((Repositories r) -> r.auditTrail().ofHousehold(h, Instant.MIN, Instant.MAX)))
          .containsExactlyElementsOf(sorted.stream().filter(e -> e.households().contains(h)).toList());
    }
    for (PersonId p : PERSONS) {
      assertThat(storage.read((Repositories r) -> r.auditTrail().ofPerson(p, Instant.MIN, Instant.MAX)))
          .containsExactlyElementsOf(sorted.stream().filter(e -> e.persons().contains(p)).toList());
    }
    for (Actor a : ACTORS) {
      assertThat(storage.read((Repositories r) -> r.auditTrail().ofActor(a.userId(), Instant.MIN, Instant.MAX)))
          .containsExactlyElementsOf(sorted.stream().filter(e -> e.actor().equals(a)).toList());
    }
  }
}
