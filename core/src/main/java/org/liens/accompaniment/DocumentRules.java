package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.catalog.Audience;
import org.liens.catalog.Offer;
import org.liens.document.SupportPlan;
import org.liens.household.HouseholdProfile;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.PersonName;
import org.liens.shared.RuleViolationException;

/**
 * The rules every document of an accompaniment follows (R7, R8): dated from the first appointment up to today, and
 * in the names of the requesting parents — MAPA: caregivers — of the household.
 */
final class DocumentRules {
  private DocumentRules() {}

  /** Fails with {@link ErrorCode#INVALID_DOCUMENT_DATE} unless {@code date} lies from the first appointment up to today. */
  static void requireDated(FollowUp followUp, LocalDate date, LocalDate today) {
    Checks.required(date, "date");
    Checks.required(today, "today");
    if (date.isBefore(followUp.period().start()) || date.isAfter(today)) {
      throw new RuleViolationException(
          ErrorCode.INVALID_DOCUMENT_DATE, "a document is dated from the first appointment up to today, was " + date);
    }
  }

  /** Fails with {@link ErrorCode#INVALID_DOCUMENT_HOLDER} unless every holder of a DIA is a requester. */
  static void requireRequesters(Offer offer, List<PersonName> holders, HouseholdProfile household) {
    for (PersonName holder : holders) {
      if (!isRequester(offer, holder, household)) {
        throw new RuleViolationException(
            ErrorCode.INVALID_DOCUMENT_HOLDER,
            "a support plan of " + offer.code() + " is in the names of the household's "
                + (offer.audience().consentByCaregivers() ? "caregivers" : "parents"));
      }
    }
  }

  /**
   * Whom the action report is addressed to: the DIA's holders, or without a DIA the household's requesters.
   *
   * @throws RuleViolationException with {@link ErrorCode#INVALID_DOCUMENT_HOLDER} if there is nobody
   */
  static List<PersonName> addressees(Offer offer, Optional<SupportPlan> plan, HouseholdProfile household) {
    List<PersonName> addressees = plan
        .map(SupportPlan::holders)
        .orElseGet(() -> household.adults().stream().filter(n -> isRequester(offer, n, household)).toList());
    if (addressees.isEmpty()) {
      throw new RuleViolationException(
          ErrorCode.INVALID_DOCUMENT_HOLDER, "the household has nobody to address the action report to");
    }
    return addressees;
  }

  private static boolean isRequester(Offer offer, PersonName name, HouseholdProfile household) {
    return offer.audience() == Audience.CAREGIVERS ? household.hasCaregiver(name) : household.hasParent(name);
  }
}
