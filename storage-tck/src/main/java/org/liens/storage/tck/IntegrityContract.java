package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.LiensException;
import org.liens.shared.NotFoundException;
import org.liens.shared.RuleViolationException;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;

/** Optimistic versioning, duplicate ids, dangling references, rollback: a bad write stores nothing. */
public interface IntegrityContract extends StorageFactory {

  private static void assertCode(Throwable thrown, ErrorCode code) {
    assertThat(thrown).isInstanceOf(LiensException.class);
    assertThat(((LiensException) thrown).code()).isEqualTo(code);
  }

  /** Contract (integrity): a save based on a stale version is refused and the newer state kept. */
  @Test
  @DisplayName("integrity: a save based on a stale version is refused and the newer state kept")
  default void a_stale_version_loses() {
    World world = newWorld();
    Accompaniment read = world.validated;
    Accompaniment first = world.storage.inTransaction(
        r -> r.accompaniments().save(read.start(read.referredOn().plusDays(30)).after()));
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> world.storage.inTransaction(r ->
        r.accompaniments().save(read.cancel("doublon", read.openedOn(), read.openedOn()).after())));
    assertThat(thrown).isInstanceOf(ConcurrentUpdateException.class);
    assertCode(thrown, ErrorCode.CONCURRENT_UPDATE);
    assertStored(world.storage, r -> r.accompaniments().get(read.id()), first);
  }

  /** Contract (integrity): the household service refuses an update based on an old version. */
  @Test
  @DisplayName("integrity: the household service refuses an update based on an old version")
  default void household_update_with_an_old_version() {
    World world = newWorld();
    Household household = world.couple;
    world.liens.households().update(World.COORDINATOR, household.id(), household.version(), household.profile());
    assertThatThrownBy(() -> world.liens.households().update(World.COORDINATOR, household.id(), household.version(),
        household.profile())).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(world.liens.households().get(World.COORDINATOR, household.id()).version())
        .isEqualTo(household.version() + 1);
  }

  /** Contract (integrity): an aggregate never stored cannot be updated. */
  @Test
  @DisplayName("integrity: an aggregate never stored cannot be updated")
  default void an_update_of_nothing_is_a_conflict() {
    Storage storage = newStorage();
    Household ghost = unstoredHousehold().withVersion(3);
    assertThatThrownBy(() -> storage.inTransaction(r -> r.households().save(ghost)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertNotStored(storage, r -> r.households().find(ghost.id()));
  }

  /** Contract (integrity): a duplicate id is refused and the original kept. */
  @Test
  @DisplayName("integrity: a duplicate id is refused and the original kept")
  default void a_duplicate_id_is_refused() {
    World world = newWorld();
    Household copy = new Household(world.couple.id(), 0, world.singleMother.profile());
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
        world.storage.inTransaction(r -> r.households().save(copy)));
    assertThat(thrown).isInstanceOf(IntegrityViolationException.class);
    assertCode(thrown, ErrorCode.DUPLICATE_ID);
    assertStored(world.storage, r -> r.households().get(world.couple.id()), world.couple);
  }

  /** Contract (integrity): an accompaniment whose household does not exist is a dangling reference. */
  @Test
  @DisplayName("integrity: an accompaniment whose household does not exist is a dangling reference")
  default void a_dangling_household_is_refused() {
    World world = newWorld();
    Accompaniment orphan = Accompaniment.builder().from(world.validated)
        .id(AccompanimentId.of(UUID.randomUUID())).version(0).household(HouseholdId.of(UUID.randomUUID())).build();
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
        world.storage.inTransaction(r -> r.accompaniments().save(orphan)));
    assertCode(thrown, ErrorCode.DANGLING_REFERENCE);
    assertNotStored(world.storage, r -> r.accompaniments().find(orphan.id()));
  }

  /** {@return a new household, at version 1, of a world on a storage of its own: never in the storage under test} */
  private Household unstoredHousehold() {
    return Household.register(HouseholdId.of(UUID.randomUUID()), newWorld().couple.profile()).after();
  }

  /** Asserts that {@code find} finds nothing in {@code storage}. */
  private static void assertNotStored(Storage storage, Function<Repositories, Optional<?>> find) {
    assertThat(storage.read(find)).isEmpty();
  }

  /** Asserts that {@code query} reads {@code expected} from {@code storage}. */
  private static void assertStored(Storage storage, Function<Repositories, ?> query, Object expected) {
    assertThat(storage.read(query)).isEqualTo(expected);
  }

  /**
   * Contract (integrity): referrals and accompaniments refer to existing referrals, organisations and households.
   */
  @Test
  @DisplayName("integrity: referrals and accompaniments refer to existing referrals, organisations and households")
  default void other_dangling_references_are_refused() {
    World world = newWorld();
    Referral noHousehold = Referral.builder().from(world.received).id(ReferralId.of(UUID.randomUUID())).version(0)
        .household(HouseholdId.of(UUID.randomUUID())).build();
    Referral noFunder = Referral.builder().from(world.received).id(ReferralId.of(UUID.randomUUID())).version(0)
        .funder(OrganisationId.of(UUID.randomUUID())).build();
    Accompaniment noReferral = Accompaniment.builder().from(world.validated)
        .id(AccompanimentId.of(UUID.randomUUID())).version(0).referral(ReferralId.of(UUID.randomUUID())).build();
    Accompaniment noPredecessor = Accompaniment.builder().from(world.validated)
        .id(AccompanimentId.of(UUID.randomUUID())).version(0)
        .predecessor(AccompanimentId.of(UUID.randomUUID())).build();
    for (Object aggregate : List.of(noHousehold, noFunder, noReferral, noPredecessor)) {
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> world.storage.inTransaction(r -> {
        if (aggregate instanceof Referral referral) {
          return r.referrals().save(referral);
        }
        return r.accompaniments().save((Accompaniment) aggregate);
      }));
      assertCode(thrown, ErrorCode.DANGLING_REFERENCE);
    }
    assertNotStored(world.storage, r -> r.referrals().find(noHousehold.id()));
    assertNotStored(world.storage, r -> r.referrals().find(noFunder.id()));
    assertNotStored(world.storage, r -> r.accompaniments().find(noReferral.id()));
  }

  /** Contract (integrity): a transaction that fails leaves nothing behind, indexes and outbox included. */
  @Test
  @DisplayName("integrity: a transaction that fails leaves nothing behind, indexes and outbox included")
  default void a_failed_transaction_leaves_nothing() {
    World world = newWorld();
    Accompaniment validated = world.validated;
    int openBefore = world.storage.read(r -> r.accompaniments().open().size());
    int pendingBefore = world.storage.read(r -> r.outbox().pending(10_000).size());
    Household extra = Household.register(HouseholdId.of(UUID.randomUUID()), world.couple.profile()).after();
    assertThatThrownBy(() -> world.storage.inTransaction(r -> {
      r.households().save(extra);
      r.accompaniments().save(validated.cancel("erreur", validated.openedOn(), validated.openedOn()).after());
      r.outbox().append(List.of(world.events.get(0)).stream()
          .map(e -> new DomainEvent(UUID.randomUUID(), e.occurredAt(), e.actor(), e.aggregateType(),
              e.aggregateId(), e.payload()))
          .toList());
      throw new IllegalStateException("the host's own step failed");
    })).isInstanceOf(IllegalStateException.class);
    assertNotStored(world.storage, r -> r.households().find(extra.id()));
    assertStored(world.storage, r -> r.accompaniments().get(validated.id()), validated);
    assertStored(world.storage, r -> r.accompaniments().open().size(), openBefore);
    var v11 = world.storage.read(r -> r.accompaniments().openOfEducator(world.sam));
    assertThat(v11)
        .extracting(Accompaniment::id).contains(validated.id());
    assertStored(world.storage, r -> r.outbox().pending(10_000).size(), pendingBefore);
  }

  /** Contract (integrity): a refused command stores nothing, not even its events. */
  @Test
  @DisplayName("integrity: a refused command stores nothing, not even its events")
  default void a_refused_command_stores_nothing() {
    World world = newWorld();
    Accompaniment before = world.storage.read(r -> r.accompaniments().get(world.madi.id()));
    int pending = world.storage.read(r -> r.outbox().pending(10_000).size());
    assertThatThrownBy(() -> world.liens.accompaniments().recordHomeVisit(World.COORDINATOR, world.madi.id(),
        LocalDate.of(2023, 11, 5), world.lea))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> world.liens.referrals().validate(World.COORDINATOR, world.received.id(), List.of()))
        .isInstanceOf(LiensException.class);
    assertStored(world.storage, r -> r.accompaniments().get(world.madi.id()), before);
    assertStored(world.storage, r -> r.referrals().get(world.received.id()), world.received);
    assertStored(world.storage, r -> r.outbox().pending(10_000).size(), pending);
  }

  /** Contract (integrity): a referral received after today is refused and nothing is stored. */
  @Test
  @DisplayName("integrity: a referral received after today is refused and nothing is stored")
  default void a_referral_from_the_future_is_refused() {
    World world = newWorld();
    int before = world.storage.read(r -> r.referrals().ofHousehold(world.couple.id()).size());
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> world.liens.referrals().receive(
        World.COORDINATOR, ReferralRequest.of(world.couple.id(), OfferCode.MIP,
            ReferralSource.familyRequest(), world.caf.id(), world.clock.today().plusDays(1),
            ReferralReason.CRISIS)));
    assertCode(thrown, ErrorCode.INVALID_VALUE);
    int after = world.storage.read(r -> r.referrals().ofHousehold(world.couple.id()).size());
    assertThat(after).isEqualTo(before);
  }

  /** Contract (integrity): a write transaction cannot be opened inside a read. */
  @Test
  @DisplayName("integrity: a write transaction cannot be opened inside a read")
  default void no_write_inside_a_read() {
    Storage storage = newStorage();
    Household household = unstoredHousehold();
    assertThatThrownBy(() -> storage.read(r -> storage.inTransaction(w -> w.households().save(household))))
        .isInstanceOf(IllegalStateException.class);
    assertNotStored(storage, r -> r.households().find(household.id()));
  }

  /** Contract (integrity): absence is Optional.empty, and get() says not found. */
  @Test
  @DisplayName("integrity: absence is Optional.empty, and get() says not found")
  default void absence_is_empty() {
    Storage storage = newStorage();
    var v16 = storage.read(r -> r.referrals().find(World.unknownReferral()));
    assertThat(v16).isEqualTo(Optional.empty());
    var v17 = storage.read(r -> r.accompaniments().contactsOf(World.unknownAccompaniment()));
    assertThat(v17).isEmpty();
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
        storage.read(r -> r.accompaniments().get(World.unknownAccompaniment())));
    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertCode(thrown, ErrorCode.NOT_FOUND);
  }

  /** Contract (integrity): saving inside a read-only call fails and stores nothing. */
  @Test
  @DisplayName("integrity: saving inside a read-only call fails and stores nothing")
  default void read_only_means_read_only() {
    Storage storage = newStorage();
    Household household = unstoredHousehold();
    assertThatThrownBy(() -> storage.read(r -> r.households().save(household))).isInstanceOf(RuntimeException.class);
    assertNotStored(storage, r -> r.households().find(household.id()));
  }
}
