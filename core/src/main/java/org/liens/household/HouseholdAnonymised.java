package org.liens.household;

import java.time.LocalDate;
import org.liens.shared.Checks;

/**
 * A household's personal data was anonymised (retention or erasure on request, issue 9): names replaced, birth dates
 * coarsened to the year, free texts of its referrals and accompaniments removed. Ids, dates and counts only.
 *
 * @param household the household
 * @param asOf the date the retention rule was applied at
 * @param onRequest {@code true} for an erasure asked for by the person, {@code false} for the retention job
 * @param referrals how many of its referrals were rewritten
 * @param accompaniments how many of its accompaniments were rewritten
 */
public record HouseholdAnonymised(
    HouseholdId household, LocalDate asOf, boolean onRequest, int referrals, int accompaniments)
    implements HouseholdEvent {
  /**
   * Checks the components: {@code household} and {@code asOf} required; {@code referrals} and {@code accompaniments}
   * zero or more.
   *
   * @param household the household
   * @param asOf the date the retention rule was applied at
   * @param onRequest {@code true} for an erasure asked for by the person, {@code false} for the retention job
   * @param referrals how many of its referrals were rewritten
   * @param accompaniments how many of its accompaniments were rewritten
   */
  public HouseholdAnonymised {
    Checks.required(household, "household");
    Checks.required(asOf, "asOf");
    Checks.notNegative(referrals, "referrals");
    Checks.notNegative(accompaniments, "accompaniments");
  }
}
