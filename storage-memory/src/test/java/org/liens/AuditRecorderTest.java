package org.liens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditOutcome;
import org.liens.audit.application.AuditRecorder;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.AuditTrailContract;
import org.liens.storage.tck.TestClock;

/** The recorder Liens hands to its services: entries stamped by the Liens clock, in or out of a transaction. */
class AuditRecorderTest {
  private static final Instant FROM = Instant.parse("2023-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2024-01-01T00:00:00Z");

  private final InMemoryStorage storage = new InMemoryStorage();
  private final TestClock clock = new TestClock(LocalDate.of(2023, 9, 4));
  private final Liens liens = Liens.builder().storage(storage).clock(clock).build();
  private final AuditRecorder recorder = liens.auditRecorder();
  private final Actor coordinator = Actor.of("u-coord", Role.COORDINATOR);
  private final HouseholdId household = HouseholdId.of(UUID.randomUUID());
  private final PersonId person = PersonId.of(UUID.randomUUID());

  @Test
  void recordStampsTheEntryWithTheLiensClockAndStoresIt() {
    AuditEntry entry = recorder.record(coordinator, "household.get", List.of(household), List.of(person),
        AuditOutcome.ALLOWED);

    assertThat(entry.at()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    assertThat(ofHousehold()).containsExactly(entry);
    assertThat(this.<List<AuditEntry>>read(r -> r.auditTrail().ofPerson(person, FROM, TO))).containsExactly(entry);
    assertThat(this.<List<AuditEntry>>read(r -> r.auditTrail().ofActor("u-coord", FROM, TO))).containsExactly(entry);
  }

  @Test
  void anEntryAppendedInATransactionThatRollsBackIsGone() {
    assertThatThrownBy(() -> storage.inTransaction(r -> {
      recorder.append(r, coordinator, "household.update", Set.of(household), Set.of(), AuditOutcome.ALLOWED);
      throw new IllegalStateException("the change failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(ofHousehold()).isEmpty();
  }

  @Test
  void aDeniedCallRecordedOutsideTheFailedTransactionStays() {
    assertThatThrownBy(() -> storage.inTransaction(r -> {
      recorder.record(coordinator, "household.update", Set.of(household), Set.of(), AuditOutcome.DENIED);
      throw new IllegalStateException("denied");
    })).isInstanceOf(IllegalStateException.class);
    // joined the failing transaction, so gone: a denial is recorded after the failed transaction, not inside it
    assertThat(ofHousehold()).isEmpty();

    recorder.record(coordinator, "household.update", Set.of(household), Set.of(), AuditOutcome.DENIED);
    assertThat(ofHousehold())
        .extracting(AuditEntry::outcome).containsExactly(AuditOutcome.DENIED);
  }

  @Test
  void anEntryIdIsNeverAppendedTwice() {
    AuditEntry entry = recorder.record(coordinator, "household.get", Set.of(household), Set.of(),
        AuditOutcome.ALLOWED);

    assertThatThrownBy(() -> AuditTrailContract.append(storage::inTransaction, List.of(entry)))
        .isInstanceOfSatisfying(LiensException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
  }

  @Test
  void aReadOnlyTransactionRefusesToAppend() {
    AuditEntry entry = recorder.entry(coordinator, "household.get", Set.of(household), Set.of(),
        AuditOutcome.ALLOWED);

    assertThatThrownBy(() -> AuditTrailContract.append(storage::read, List.of(entry)))
        .isInstanceOf(IllegalStateException.class);
  }

  private List<AuditEntry> ofHousehold() {
    return read(r -> r.auditTrail().ofHousehold(household, FROM, TO));
  }

  private <T> T read(java.util.function.Function<org.liens.storage.Repositories, T> work) {
    return storage.read(work);
  }
}
