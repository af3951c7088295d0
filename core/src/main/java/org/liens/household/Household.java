package org.liens.household;

import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.Checks;

/**
 * A family known to the organisation: the aggregate that referrals and accompaniments refer to. Its
 * {@link HouseholdProfile} holds the people and the fields of the published figures.
 *
 * @param id the household's id
 * @param version the optimistic version it was read at (0 before it is stored)
 * @param profile who the household is
 */
public record Household(HouseholdId id, long version, HouseholdProfile profile) implements Aggregate {
  /**
   * Checks the components: {@code id} and {@code profile} required.
   *
   * @param id the household's id
   * @param version the optimistic version it was read at (0 before it is stored)
   * @param profile who the household is
   */
  public Household {
    Checks.required(id, "id");
    Aggregate.checkVersion(version);
    Checks.required(profile, "profile");
  }

  /**
   * {@return a new household, not yet stored}
   *
   * @param id the id of the new household
   * @param profile the household's profile
   */
  public static Change<Household> register(HouseholdId id, HouseholdProfile profile) {
    Household household = new Household(id, 0, profile);
    return Change.of(household, new HouseholdRegistered(id));
  }

  /**
   * {@return the same household with a new profile (a birth, a move, a new employment situation)}
   *
   * @param newProfile the whole new profile
   */
  public Change<Household> update(HouseholdProfile newProfile) {
    return Change.of(new Household(id, version, Checks.required(newProfile, "profile")), new HouseholdUpdated(id));
  }

  /** {@return whether it is a single-parent family (famille monoparentale, R11)} */
  public boolean singleParent() {
    return profile.singleParent();
  }

  @Override
  public Household withVersion(long newVersion) {
    return new Household(id, newVersion, profile);
  }
}
