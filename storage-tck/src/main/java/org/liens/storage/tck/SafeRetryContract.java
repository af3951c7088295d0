package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.RemoteChannel;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

/**
 * Issue 10, defect 2: commands that create something take an id of the caller's choice, so that a call answered
 * {@code OUTCOME_UNKNOWN} can be repeated: repeating one that did commit returns its result and records nothing twice;
 * the same id for something else is {@code DUPLICATE_ID} and stores nothing.
 */
public interface SafeRetryContract extends StorageFactory {

  /** Contract (retries): a contact recorded twice under one caller id is recorded once. */
  @Test
  @DisplayName("retries: a contact repeated under its caller id is recorded once; the id for another contact is refused")
  default void a_contact_repeated_under_its_id_is_recorded_once() {
    World world = newWorld();
    Accompaniment madi = world.madi;
    ContactId visit = ContactId.of(new UUID(0xC0, 1));
    var day = world.clock.today();
    var educator = madi.team().get(0);

    Accompaniment first = world.liens.accompaniments().recordHomeVisit(World.COORDINATOR, madi.id(), visit, day, educator);
    Accompaniment again = world.liens.accompaniments().recordHomeVisit(World.COORDINATOR, madi.id(), visit, day, educator);
    Throwable other = catchThrowable(() -> world.liens.accompaniments().recordRemoteContact(World.COORDINATOR,
        madi.id(), visit, day, educator, RemoteChannel.PHONE));

    assertThat(first.contacts()).hasSize(madi.contacts().size() + 1);
    assertThat(again).isEqualTo(first);
    assertThat(other).isInstanceOfSatisfying(LiensException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
    assertThat(world.liens.accompaniments().get(World.COORDINATOR, madi.id())).isEqualTo(first);
  }

  /**
   * Contract (retries, jqwik): whatever the calls repeated under a few caller ids, the accompaniment holds exactly one
   * contact per id that was accepted (the home-visit and remote-contact quotas count what was recorded, R4), and a
   * call naming an id already used for another kind of contact is {@code DUPLICATE_ID}.
   *
   * @param calls each call: an id among three (call / 2) and a kind (call % 2: visit or phone call)
   */
  @Property(tries = 10)
  @Label("retries: repeated calls under caller ids record one contact per id, whatever the order")
  default void repeated_calls_record_one_contact_per_id(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 5) Integer> calls) {
    World world = newWorld();
    Accompaniment madi = world.madi;
    var day = world.clock.today();
    var educator = madi.team().get(0);
    Map<Integer, Boolean> kindOf = new HashMap<>(); // id -> home visit?
    for (int call : calls) {
      int id = call / 2;
      boolean visit = call % 2 == 0;
      ContactId contact = ContactId.of(new UUID(0xC1, id));
      Throwable refused = catchThrowable(() -> {
        if (visit) {
          world.liens.accompaniments().recordHomeVisit(World.COORDINATOR, madi.id(), contact, day, educator);
        } else {
          world.liens.accompaniments().recordRemoteContact(World.COORDINATOR, madi.id(), contact, day, educator,
              RemoteChannel.PHONE);
        }
      });
      Boolean first = kindOf.putIfAbsent(id, visit);
      if (first == null || first == visit) {
        assertThat(refused).isNull();
      } else {
        assertThat(refused).isInstanceOfSatisfying(LiensException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
      }
    }
    assertThat(world.liens.accompaniments().get(World.COORDINATOR, madi.id()).contacts())
        .hasSize(madi.contacts().size() + kindOf.size());
  }

  /** Contract (retries): a household registered twice under one caller id is registered once. */
  @Test
  @DisplayName("retries: a household repeated under its caller id is registered once; the id for another is refused")
  default void a_household_repeated_under_its_id_is_registered_once() {
    World world = newWorld();
    HouseholdId id = HouseholdId.of(new UUID(0xC0, 2));
    var profile = world.singleMother.profile();

    Household first = world.liens.households().register(World.COORDINATOR, id, profile);
    Household again = world.liens.households().register(World.COORDINATOR, id, profile);
    Throwable other = catchThrowable(() -> world.liens.households().register(World.COORDINATOR, id,
        world.couple.profile()));

    assertThat(first.id()).isEqualTo(id);
    assertThat(again).isEqualTo(first);
    assertThat(other).isInstanceOfSatisfying(LiensException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
    assertThat(world.liens.households().get(World.COORDINATOR, id)).isEqualTo(first);
  }
}
