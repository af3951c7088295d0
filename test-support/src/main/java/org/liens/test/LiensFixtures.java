package org.liens.test;

import java.time.Clock;
import java.time.LocalDate;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.household.EmploymentSituation;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.storage.Storage;

/**
 * Starting points for hosts' tests: a {@link Liens} on the storage and clock a test chooses, the actor that runs
 * the story, and sample household profiles. For organisations, staff, referrals and accompaniments, see {@link
 * SampleAgency}.
 *
 * <pre>{@code
 * MutableClock clock = new MutableClock(LocalDate.of(2023, 9, 4));
 * Liens liens = LiensFixtures.liens(new InMemoryStorage(), clock);
 * SampleAgency agency = SampleAgency.register(liens, LiensFixtures.COORDINATOR);
 * }</pre>
 */
public final class LiensFixtures {
  /** A coordinator, who may run every use case of the stories: user id {@code liens-test-coordinator}. */
  public static final Actor COORDINATOR = Actor.of("liens-test-coordinator", Role.COORDINATOR);

  /** The first day of activity of the staff the fixtures register, before any date a story is likely to use. */
  public static final LocalDate STAFF_ACTIVE_FROM = LocalDate.of(2000, 1, 1);

  private LiensFixtures() {}

  /**
   * A builder with the storage and the clock set, and every other option at its default, for a test that sets
   * more options (a listener, a seller, a policy) before it builds.
   *
   * @param storage the storage the test runs on: {@code new InMemoryStorage()}, or the host's own
   * @param clock what "today" is: a {@link MutableClock}, or {@link Clock#fixed} in a zone
   * @return the builder
   */
  public static Liens.Builder builder(Storage storage, Clock clock) {
    return Liens.builder().storage(storage).clock(clock);
  }

  /**
   * A Liens on {@code storage} and {@code clock}, every other option at its default.
   *
   * @param storage the storage the test runs on: {@code new InMemoryStorage()}, or the host's own
   * @param clock what "today" is: a {@link MutableClock}, or {@link Clock#fixed} in a zone
   * @return the library, ready to use
   */
  public static Liens liens(Storage storage, Clock clock) {
    return builder(storage, clock).build();
  }

  /**
   * A single parent on the RSA, with no children: eligible to an MIP referred for a family event.
   *
   * @param given the parent's given name
   * @param family the parent's family name
   * @return the profile, to register with {@link SampleAgency#household(HouseholdProfile)}
   */
  public static HouseholdProfile singleParent(String given, String family) {
    return HouseholdProfile.builder().parent(Parent.named(given, family)).singleParent(true)
        .employment(EmploymentSituation.RSA).build();
  }
}
