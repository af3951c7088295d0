package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.List;
import org.liens.catalog.Offer;
import org.liens.household.HouseholdProfile;
import org.liens.household.PersonId;
import org.liens.referral.ConsentAct;
import org.liens.referral.ConsentEntry;
import org.liens.referral.ConsentHistory;
import org.liens.referral.ConsentPurpose;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * Who may change a consent of an accompaniment, and when (R7): a parent (MAPA: a caregiver) of the household, on a
 * day from the last change of the history up to today.
 */
final class ConsentRules {
  private ConsentRules() {}

  /**
   * {@return the entry that records {@code act} of {@code purpose} by {@code by} on {@code on}, once checked}
   *
   * @throws RuleViolationException with {@link ErrorCode#INVALID_CONSENT} if someone of {@code by} is not a
   *     requester of the household, or {@code on} is after today or before the last change
   */
  static ConsentEntry entry(Offer offer, ConsentHistory consents, ConsentPurpose purpose, ConsentAct act,
      List<PersonId> by, LocalDate on, HouseholdProfile household, LocalDate today) {
    Checks.required(household, "household");
    Checks.required(today, "today");
    ConsentEntry entry = new ConsentEntry(purpose, act, by, on);
    if (!by.stream().allMatch(p -> DocumentRules.isRequester(offer, p, household))) {
      throw new RuleViolationException(ErrorCode.INVALID_CONSENT, "a consent of " + offer.code()
          + " is given or revoked by the household's " + (offer.audience().consentByCaregivers() ? "caregivers" : "parents"));
    }
    if (on.isAfter(today) || on.isBefore(consents.lastChange())) {
      throw new RuleViolationException(ErrorCode.INVALID_CONSENT,
          "a consent change is dated from the last change up to today, was " + on);
    }
    return entry;
  }
}
