package org.liens.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liens.Liens;
import org.liens.event.DomainEvent;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.test.LiensFixtures;
import org.liens.test.MutableClock;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/** The README's two facts about repeating a household registration with its retry key (under "Transactions"). */
class RetryFactsTest {

  @Property(tries = 20)
  void a_repeat_with_the_same_profile_returns_the_stored_household_and_delivers_no_event_again(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String given) {
    List<DomainEvent> delivered = new ArrayList<>();
    InMemoryStorage storage = new InMemoryStorage();
    Liens liens = LiensFixtures.builder(storage, new MutableClock(LocalDate.of(2023, 9, 4)))
        .listener(delivered::add).build();
    HouseholdId id = HouseholdId.of(UUID.randomUUID());
    HouseholdProfile profile = LiensFixtures.singleParent(given, "Martin");

    Household first = liens.households().register(LiensFixtures.COORDINATOR, id, profile);
    Household again = liens.households().register(LiensFixtures.COORDINATOR, id, profile);

    assertThat(again).isEqualTo(first);
    assertThat(delivered).hasSize(1);
    List<DomainEvent> outbox = storage.read(r -> r.outbox().pending(10));
    assertThat(outbox).hasSize(1);
  }

  @Property(tries = 20)
  void a_rebuilt_profile_names_other_people_so_its_repeat_is_a_duplicate_id(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String given) {
    Liens liens = LiensFixtures.liens(new InMemoryStorage(), new MutableClock(LocalDate.of(2023, 9, 4)));
    HouseholdId id = HouseholdId.of(UUID.randomUUID());
    liens.households().register(LiensFixtures.COORDINATOR, id, LiensFixtures.singleParent(given, "Martin"));

    assertThatThrownBy(() -> liens.households().register(LiensFixtures.COORDINATOR, id,
        LiensFixtures.singleParent(given, "Martin")))
        .isInstanceOfSatisfying(LiensException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
  }
}
