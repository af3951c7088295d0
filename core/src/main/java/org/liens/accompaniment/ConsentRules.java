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
import org.liens.referral.Referral;
import org.liens.shared.Change;
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
   * {@return the history an accompaniment opened for {@code referral} starts with: the referral's consent}
   *
   * @throws RuleViolationException with {@link ErrorCode#NOT_ELIGIBLE} if the referral has no consent
   */
  static ConsentHistory opening(Referral referral) {
    return ConsentHistory.startingWith(referral.consent().orElseThrow(
        () -> new RuleViolationException(ErrorCode.NOT_ELIGIBLE, "no accompaniment without consent")));
  }

  /**
   * {@return {@code accompaniment} with the sharing consent given or revoked ({@code act}) by {@code by} on
   * {@code on} added to its consent history, and the event that says so}
   *
   * @throws RuleViolationException with {@link ErrorCode#INVALID_CONSENT} if someone of {@code by} is not a
   *     requester of the household, {@code on} is after today or before the last change, or the history refuses
   *     the change (giving a consent in force, revoking one that is not)
   */
  static Change<Accompaniment> changed(Accompaniment accompaniment, ConsentAct act, List<PersonId> by, LocalDate on,
      HouseholdProfile household, LocalDate today) {
    ConsentEntry entry = new ConsentEntry(ConsentPurpose.SHARING_WITH_PRESCRIBER, act, by, on);
    Checks.required(household, "household");
    Checks.required(today, "today");
    Offer offer = accompaniment.offer();
    ConsentHistory consents = accompaniment.consents();
    if (!entry.by().stream().allMatch(p -> DocumentRules.isRequester(offer, p, household))) {
      throw new RuleViolationException(ErrorCode.INVALID_CONSENT, "a consent of " + offer.code()
          + " is given or revoked by the household's " + (offer.audience().consentByCaregivers() ? "caregivers" : "parents"));
    }
    if (on.isAfter(today) || on.isBefore(consents.lastChange())) {
      throw new RuleViolationException(ErrorCode.INVALID_CONSENT,
          "a consent change is dated from the last change up to today");
    }
    Accompaniment changed = Accompaniment.builder().from(accompaniment).consents(consents.with(entry)).build();
    AccompanimentId id = accompaniment.id();
    return Change.of(changed, entry.act() == ConsentAct.GIVEN
        ? new ConsentGiven(id, entry.purpose(), entry.by(), on)
        : new ConsentRevoked(id, entry.purpose(), entry.by(), on));
  }
}
