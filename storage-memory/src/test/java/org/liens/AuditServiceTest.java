package org.liens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditOutcome;
import org.liens.audit.AuditPolicy;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.TestClock;

/** {@code Liens.audit()}: the queries per subject and per actor, and the purge by the audit trail's retention. */
class AuditServiceTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
  private static final Actor COORDINATOR = Actor.of("u-coord", Role.COORDINATOR);
  private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

  private final HouseholdId household = HouseholdId.of(UUID.randomUUID());
  private final PersonId person = PersonId.of(UUID.randomUUID());

  @Example
  @Label("the queries of Liens.audit() return what the recorder appended, per household, person and actor")
  void queriesReturnWhatWasRecorded() {
    TestClock clock = new TestClock(TODAY);
    Liens liens = Liens.builder().storage(new InMemoryStorage()).clock(clock).build();
    AuditEntry first = liens.auditRecorder().record(COORDINATOR, "household.get", Set.of(household),
        Set.of(person), AuditOutcome.ALLOWED);
    clock.advanceDays(1);
    AuditEntry second = liens.auditRecorder().record(Actor.of("u-other", Role.EDUCATOR), "household.get",
        Set.of(household), Set.of(), AuditOutcome.DENIED);

    assertThat(liens.audit().ofHousehold(COORDINATOR, household, EVER, NEVER)).containsExactly(first, second);
    assertThat(liens.audit().ofPerson(COORDINATOR, person, EVER, NEVER)).containsExactly(first);
    assertThat(liens.audit().ofActor(COORDINATOR, "u-other", EVER, NEVER)).containsExactly(second);
    assertThat(liens.audit().ofHousehold(COORDINATOR, household, second.at(), NEVER)).containsExactly(second);
    assertThat(liens.audit().policy()).isEqualTo(AuditPolicy.standard());
  }

  @Example
  @Label("a period that ends before it starts is INVALID_VALUE")
  void aBackwardPeriodIsRefused() {
    Liens liens = Liens.builder().storage(new InMemoryStorage()).clock(new TestClock(TODAY)).build();
    assertThatThrownBy(() -> liens.audit().ofActor(COORDINATOR, "u-coord", NEVER, EVER))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
  }

  @Example
  @Label("the default purge deletes what is older than one year, once; a purge dated in the future is refused")
  void theDefaultPurgeKeepsOneYear() {
    InMemoryStorage storage = new InMemoryStorage();
    TestClock clock = new TestClock(TODAY);
    Liens liens = Liens.builder().storage(storage).clock(clock).build();
    Instant now = clock.instant();
    List<AuditEntry> entries = List.of(at(now.minus(Duration.ofDays(366))), at(now.minus(Duration.ofDays(365))),
        at(now.minus(Duration.ofDays(365)).plusSeconds(1)), at(now));
    append(storage, entries);

    assertThatThrownBy(() -> liens.audit().purge(Actor.system(), now.plusSeconds(1)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    assertThat(liens.audit().ofActor(COORDINATOR, "u-coord", EVER, NEVER)).hasSize(4);

    // 2025-03-01 minus 365 days is 2024-03-01: exactly one year back in UTC, so that entry is kept
    assertThat(liens.audit().purge(Actor.system(), now)).isEqualTo(1);
    assertThat(liens.audit().ofActor(COORDINATOR, "u-coord", EVER, NEVER))
        .containsExactlyElementsOf(entries.subList(1, 4));
    assertThat(liens.audit().purge(Actor.system(), now)).isZero();
  }

  @Property(tries = 60)
  @Label("the purge keeps exactly the entries no older than the configured retention")
  void thePurgeKeepsExactlyTheRetention(@ForAll @Size(max = 20) List<@IntRange(max = 1200) Integer> ageInDays,
      @ForAll @IntRange(min = 1, max = 36) int months) {
    InMemoryStorage storage = new InMemoryStorage();
    TestClock clock = new TestClock(TODAY);
    Liens liens = Liens.builder().storage(storage).clock(clock).auditRetention(Period.ofMonths(months)).build();
    Instant now = clock.instant();
    List<AuditEntry> entries = new ArrayList<>();
    ageInDays.forEach(days -> entries.add(at(now.minus(Duration.ofDays(days)))));
    append(storage, entries);

    int purged = liens.audit().purge(Actor.system(), now);

    Instant keptFrom = now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant().truncatedTo(ChronoUnit.MICROS);
    List<AuditEntry> kept = entries.stream().filter(e -> !e.at().isBefore(keptFrom)).sorted(AuditEntry.ORDER).toList();
    assertThat(purged).isEqualTo(entries.size() - kept.size());
    assertThat(liens.audit().ofActor(COORDINATOR, "u-coord", EVER, NEVER)).containsExactlyElementsOf(kept);
    Statistics.label("purged").collect(purged == 0 ? "none" : kept.isEmpty() ? "all" : "some");
  }

  private AuditEntry at(Instant at) {
    return new AuditEntry(UUID.randomUUID(), at, COORDINATOR, "household.get", Set.of(household), Set.of(person),
        AuditOutcome.ALLOWED);
  }

  private static void append(InMemoryStorage storage, List<AuditEntry> entries) {
    storage.inTransaction(r -> {
      entries.forEach(r.auditTrail()::append);
      return null;
    });
  }
}
