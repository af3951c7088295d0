package org.liens.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.Offer;
import org.liens.household.HouseholdProfile;
import org.liens.referral.Referral;
import org.liens.shared.Checks;

/**
 * Everything an eligibility rule may look at: the referral, the offer it requests, the household, the
 * household's accompaniments (open or ended), and the date of the decision. Host rules receive the same.
 *
 * @param referral the referral being decided
 * @param offer the requested offer, from the catalogue in use
 * @param household the household's current profile
 * @param householdAccompaniments every accompaniment of the household
 * @param date the date of the decision (ages are computed on it)
 */
public record EligibilityContext(
    Referral referral, Offer offer, HouseholdProfile household, List<Accompaniment> householdAccompaniments,
    LocalDate date) {

  /**
   * Checks the components: {@code referral}, {@code offer}, {@code household} and {@code date} required; {@code
   * householdAccompaniments} copied unmodifiable, without null element; and the rules stated for the type.
   *
   * @param referral the referral being decided
   * @param offer the requested offer, from the catalogue in use
   * @param household the household's current profile
   * @param householdAccompaniments every accompaniment of the household
   * @param date the date of the decision (ages are computed on it)
   */
  public EligibilityContext {
    Checks.required(referral, "referral");
    Checks.required(offer, "offer");
    Checks.check(referral.offer().equals(offer.code()), "the offer is not the one the referral requests");
    Checks.required(household, "household");
    householdAccompaniments = Checks.listOf(householdAccompaniments, "householdAccompaniments");
    Checks.required(date, "date");
  }

  /** {@return the accompaniment the referral succeeds (R6), if it names one and it belongs to the household} */
  public Optional<Accompaniment> predecessor() {
    return referral.succeeds()
        .flatMap(id -> householdAccompaniments.stream().filter(a -> a.id().equals(id)).findFirst());
  }
}
