package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liens.catalog.Audience;
import org.liens.catalog.Offer;
import org.liens.document.SupportPlan;
import org.liens.household.HouseholdProfile;
import org.liens.household.PersonId;
import org.liens.referral.ConsentHistory;
import org.liens.referral.ConsentPurpose;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * The rules every document of an accompaniment follows (R7, R8): dated from the first appointment up to today, and
 * in the names of the requesting parents — MAPA: caregivers — of the household: the people, by id, whose consent
 * opened the accompaniment and who are still parents (MAPA: caregivers) of the household.
 */
final class DocumentRules {
  private DocumentRules() {}

  /** Fails with {@link ErrorCode#INVALID_DOCUMENT_DATE} unless {@code date} lies from the first appointment up to today. */
  static void requireDated(FollowUp followUp, LocalDate date, LocalDate today) {
    Checks.date(date, "date");
    Checks.required(today, "today");
    if (date.isBefore(followUp.period().start()) || date.isAfter(today)) {
      throw new RuleViolationException(
          ErrorCode.INVALID_DOCUMENT_DATE, "a document is dated from the first appointment up to today");
    }
  }

  /**
   * Fails with {@link ErrorCode#INVALID_DOCUMENT_HOLDER} unless every holder of a DIA is a requester: a parent (MAPA:
   * caregiver) of the household who consented to the accompaniment.
   */
  static void requireRequesters(
      Offer offer, List<PersonId> holders, HouseholdProfile household, ConsentHistory consents) {
    Set<PersonId> consenting = consents.givers(ConsentPurpose.ACCOMPANIMENT);
    for (PersonId holder : holders) {
      if (!consenting.contains(holder) || !isRequester(offer, holder, household)) {
        throw new RuleViolationException(
            ErrorCode.INVALID_DOCUMENT_HOLDER,
            "a support plan of " + offer.code() + " is in the names of the household's "
                + (offer.audience().consentByCaregivers() ? "caregivers" : "parents")
                + " who asked for the accompaniment");
      }
    }
  }

  /**
   * Whom the action report is addressed to: the DIA's holders, or without a DIA the requesters (the people whose
   * consent opened it, still parents — MAPA: caregivers — of the household), in the household's order.
   *
   * @throws RuleViolationException with {@link ErrorCode#INVALID_DOCUMENT_HOLDER} if there is nobody
   */
  static List<PersonId> addressees(
      Offer offer, Optional<SupportPlan> plan, HouseholdProfile household, ConsentHistory consents) {
    Set<PersonId> consenting = consents.givers(ConsentPurpose.ACCOMPANIMENT);
    List<PersonId> addressees = plan
        .map(SupportPlan::holders)
        .orElseGet(() -> household.adults().stream()
            .filter(p -> consenting.contains(p) && isRequester(offer, p, household)).toList());
    if (addressees.isEmpty()) {
      throw new RuleViolationException(
          ErrorCode.INVALID_DOCUMENT_HOLDER, "the household has nobody to address the action report to");
    }
    return addressees;
  }

  /** Whether {@code person} is a parent of the household (MAPA: a caregiver), the people who may request (R7). */
  static boolean isRequester(Offer offer, PersonId person, HouseholdProfile household) {
    return offer.audience() == Audience.CAREGIVERS ? household.hasCaregiver(person) : household.hasParent(person);
  }
}
