package org.liens.figures;

import java.util.Optional;
import org.liens.household.EmploymentSituation;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.shared.Checks;

/**
 * What the published figures know of a household (R11, issue 12): counts and flags, never a name. Anonymisation keeps
 * every one of them (issue 9), so a report is unchanged by it.
 *
 * @param household the household
 * @param children how many children it has
 * @param singleParent whether it is single-parent ("monoparentale")
 * @param employment its main employment situation
 * @param belowPovertyLine whether it lives under the poverty line
 * @param territory its territory, the report's territory filter
 * @param revision the household's version when this fact was recorded
 */
public record HouseholdFact(
    HouseholdId household, int children, boolean singleParent, EmploymentSituation employment,
    boolean belowPovertyLine, Optional<String> territory, long revision) {
  /**
   * Checks the components: references required, counts and revision not negative.
   *
   * @param household the household
   * @param children how many children it has
   * @param singleParent whether it is single-parent
   * @param employment its main employment situation
   * @param belowPovertyLine whether it lives under the poverty line
   * @param territory its territory
   * @param revision the household's version when this fact was recorded
   */
  public HouseholdFact {
    Checks.requiredAll("household, employment, territory", household, employment, territory);
    Checks.notNegative(children, "children");
    Checks.check(revision >= 0, "revision must be zero or more");
  }

  /**
   * {@return the fact of a household as saved}
   *
   * @param household the household
   */
  public static HouseholdFact of(Household household) {
    return new HouseholdFact(household.id(), household.profile().children().size(), household.singleParent(),
        household.profile().employment(), household.profile().belowPovertyLine(), household.profile().territory(),
        household.version());
  }
}
