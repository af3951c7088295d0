package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.HouseholdRegistered;
import org.liens.household.Parent;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.LiensException;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;

/**
 * Transactions and saves as every adapter must run them: versions count the saves, a refused save leaves the
 * transaction usable, refusals come with the same exception, code and check order (references, then duplicate id,
 * then version, as {@link org.liens.storage.AggregateKind} declares them), a callback that throws rolls everything
 * back, nested calls join, read-only calls refuse writes, and repositories die with their transaction.
 */
public interface TransactionContract extends StorageFactory {

  /**
   * {@return a household profile with one parent}
   *
   * @param given the parent's given name
   */
  static HouseholdProfile profile(String given) {
    return HouseholdProfile.builder().parent(Parent.named(given, "Martin")).build();
  }

  /**
   * {@return an event about the household {@code aggregate}}
   *
   * @param aggregate the household's UUID
   */
  static DomainEvent event(UUID aggregate) {
    return new DomainEvent(UUID.randomUUID(), Instant.parse("2023-09-01T10:15:30.123456789Z"),
        Actor.of("u-1", Role.COORDINATOR), "Household", aggregate, new HouseholdRegistered(HouseholdId.of(aggregate)));
  }

  /** Contract (transactions): saves are versioned and a stale save stores nothing. */
  @Test
  @DisplayName("transactions: saves are versioned and a stale save stores nothing")
  default void saves_are_versioned() {
    Storage storage = newStorage();
    Household first = Household.register(HouseholdId.of(UUID.randomUUID()), profile("Anne")).after();

    Household v1 = storage.inTransaction((Repositories r) -> r.households().save(first));
    Household v2 = storage.inTransaction((Repositories r) -> r.households().save(v1.update(profile("Anna")).after()));

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v2.version()).isEqualTo(2);
    assertThatThrownBy(() -> storage.inTransaction((Repositories r) ->
        r.households().save(v1.update(profile("Lost")).after())))
        .isInstanceOfSatisfying(ConcurrentUpdateException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_UPDATE));
    assertThat(storage.read((Repositories r) -> r.households().get(first.id()))).isEqualTo(v2);
    assertThatThrownBy(() -> storage.inTransaction((Repositories r) -> r.households().save(
        new Household(HouseholdId.of(UUID.randomUUID()), 3, profile("Never stored")))))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  /** Contract (transactions): a duplicate id is refused and leaves the transaction usable. */
  @Test
  @DisplayName("transactions: a duplicate id is refused and leaves the transaction usable")
  default void a_refused_save_leaves_the_transaction_usable() {
    Storage storage = newStorage();
    Household household = Household.register(HouseholdId.of(UUID.randomUUID()), profile("Anne")).after();

    Household stored = storage.inTransaction((Repositories r) -> {
      Household saved = r.households().save(household);
      assertThatThrownBy(() -> r.households().save(household))
          .isInstanceOfSatisfying(IntegrityViolationException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
      return r.households().save(saved.update(profile("Anna")).after());
    });

    assertThat(stored.version()).isEqualTo(2);
    assertThat(storage.read((Repositories r) -> r.households().get(household.id()))).isEqualTo(stored);
  }

  /** Contract (transactions): refused saves fail with the same exception and code, references checked first. */
  @Test
  @DisplayName("transactions: refused saves fail with the same exception and code, references checked first")
  default void refused_saves_fail_in_the_declared_order() {
    World world = newWorld();
    OrganisationId nowhere = OrganisationId.of(UUID.randomUUID());
    Referral stored = world.storage.read((Repositories r) -> r.referrals().get(world.received.id()));
    Accompaniment active = world.storage.read((Repositories r) -> r.accompaniments().get(world.madi.id()));
    List<Referral> referralsBefore =
        world.storage.read((Repositories r) -> r.referrals().ofHousehold(stored.household()));
    String dangling = "IntegrityViolationException " + ErrorCode.DANGLING_REFERENCE;
    List<Function<Repositories, Object>> refusals = List.of(
        // unknown household, funder, prescriber, predecessor
        r -> r.referrals().save(Referral.receive(ReferralId.of(UUID.randomUUID()), ReferralRequest.of(
            HouseholdId.of(UUID.randomUUID()), OfferCode.MIP, ReferralSource.familyRequest(), world.caf.id(),
            World.START, ReferralReason.CRISIS)).after()),
        r -> r.referrals().save(Referral.receive(ReferralId.of(UUID.randomUUID()), ReferralRequest.of(
            world.couple.id(), OfferCode.MIP, ReferralSource.familyRequest(), nowhere, World.START,
            ReferralReason.CRISIS)).after()),
        r -> r.referrals().save(Referral.receive(ReferralId.of(UUID.randomUUID()), ReferralRequest.of(
            world.couple.id(), OfferCode.ARCS, ReferralSource.institutionOrder(nowhere), world.caf.id(),
            World.START, ReferralReason.CRISIS)).after()),
        r -> r.accompaniments().save(Accompaniment.builder().from(active).version(0)
            .id(AccompanimentId.of(UUID.randomUUID())).predecessor(AccompanimentId.of(UUID.randomUUID())).build()),
        // a duplicate that also dangles: the reference is reported first
        r -> r.referrals().save(Referral.builder().from(stored).version(0)
            .household(HouseholdId.of(UUID.randomUUID())).build()),
        // a duplicate, a stale version, a stale version that also dangles (the reference first again)
        r -> r.referrals().save(Referral.builder().from(stored).version(0).build()),
        r -> r.accompaniments().save(active.withVersion(active.version() - 1)),
        r -> r.accompaniments().save(Accompaniment.builder().from(active).version(active.version() + 1)
            .funder(nowhere).build()),
        r -> r.households().get(HouseholdId.of(UUID.randomUUID())));
    List<String> expected = List.of(dangling, dangling, dangling, dangling, dangling,
        "IntegrityViolationException " + ErrorCode.DUPLICATE_ID,
        "ConcurrentUpdateException " + ErrorCode.CONCURRENT_UPDATE, dangling,
        "NotFoundException " + ErrorCode.NOT_FOUND);

    List<String> outcomes = refusals.stream().map(refusal -> Refusals.outcome(world.storage, refusal)).toList();

    assertThat(outcomes).containsExactlyElementsOf(expected).noneMatch(o -> o.startsWith("ok"));
    assertThat(world.storage.read((Repositories r) -> r.referrals().ofHousehold(stored.household())))
        .isEqualTo(referralsBefore);
  }

  /**
   * Contract (transactions): a callback that throws rolls everything back, and its exception propagates unchanged.
   */
  @Test
  @DisplayName("transactions: a callback that throws rolls everything back, and its exception propagates unchanged")
  default void a_throwing_callback_rolls_back() {
    Storage storage = newStorage();
    Household household = Household.register(HouseholdId.of(UUID.randomUUID()), profile("Anne")).after();
    Organisation organisation = Organisation.register(OrganisationId.of(UUID.randomUUID()), "CAF",
        OrganisationKind.CAF).after();
    IllegalArgumentException boom = new IllegalArgumentException("boom");

    assertThatThrownBy(() -> storage.inTransaction((Repositories r) -> {
      r.households().save(household);
      r.organisations().save(organisation);
      throw boom;
    })).isSameAs(boom);

    assertThat(storage.read((Repositories r) -> r.households().find(household.id()))).isEmpty();
    assertThat(storage.read((Repositories r) -> r.organisations().all())).isEmpty();
  }

  /** Contract (transactions): nested calls join the outer transaction and see its writes. */
  @Test
  @DisplayName("transactions: nested calls join the outer transaction and see its writes")
  default void nested_calls_join() {
    Storage storage = newStorage();
    Household household = Household.register(HouseholdId.of(UUID.randomUUID()), profile("Anne")).after();
    IllegalStateException boom = new IllegalStateException("boom");

    assertThatThrownBy(() -> storage.inTransaction(outer -> {
      storage.inTransaction(inner -> inner.households().save(household));
      assertThat(storage.read((Repositories inner) -> inner.households().find(household.id()))).isPresent();
      throw boom;
    })).isSameAs(boom);
    assertThat(storage.read((Repositories r) -> r.households().find(household.id()))).isEmpty();

    storage.inTransaction(outer -> storage.inTransaction(inner -> inner.households().save(household)));
    assertThat(storage.read((Repositories r) -> r.households().find(household.id()))).isPresent();
  }

  /** Contract (transactions): read-only calls refuse writes, and lock there only checks existence. */
  @Test
  @DisplayName("transactions: read-only calls refuse writes, and lock there only checks existence")
  default void read_only_calls_refuse_writes() {
    Storage storage = newStorage();
    Household household = Household.register(HouseholdId.of(UUID.randomUUID()), profile("Anne")).after();
    storage.inTransaction((Repositories r) -> r.households().save(household));

    assertThatThrownBy(() -> storage.read((Repositories r) -> r.households().save(household)))
        .isInstanceOf(IllegalStateException.class).hasMessage("read-only: save inside Storage.inTransaction");
    assertThatThrownBy(() -> storage.read((Repositories r) -> {
      r.outbox().append(List.of(event(UUID.randomUUID())));
      return null;
    })).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> storage.inTransaction((Repositories r) ->
        storage.read(inner -> inner.households().save(household))))
        .isInstanceOf(IllegalStateException.class);
    storage.read((Repositories r) -> {
      r.households().lock(household.id()); // only checks that it exists
      return null;
    });
    assertThatThrownBy(() -> storage.read((Repositories r) ->
        storage.inTransaction(w -> w.households().save(household))))
        .isInstanceOf(IllegalStateException.class);
  }

  /** Contract (transactions): repositories cannot be used once their transaction ended. */
  @Test
  @DisplayName("transactions: repositories cannot be used once their transaction ended")
  default void repositories_die_with_their_transaction() {
    Storage storage = newStorage();
    Repositories leaked = storage.inTransaction((Repositories r) -> r);

    assertThatThrownBy(leaked::households).isInstanceOf(IllegalStateException.class)
        .hasMessage("these repositories belong to a finished transaction");
    var households = storage.read(Repositories::households);
    assertThatThrownBy(() -> households.find(HouseholdId.of(UUID.randomUUID())))
        .isInstanceOf(IllegalStateException.class);
  }
}
