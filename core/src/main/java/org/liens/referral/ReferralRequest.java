package org.liens.referral;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.catalog.OfferCode;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;

/**
 * What a prescriber, an institution or a family asks for when referring a household (R7, R8).
 *
 * <pre>{@code
 * ReferralRequest.of(household, OfferCode.MIP, ReferralSource.fieldWorker(ccas, worker), departement,
 *         LocalDate.of(2023, 9, 4), ReferralReason.FAMILY_EVENT)
 *     .underAgreement(convention);
 * }</pre>
 *
 * @param household the household referred
 * @param offer the offer requested
 * @param source who refers
 * @param funder who pays
 * @param receivedOn the day the coordinator received the referral
 * @param reasons why (at least one)
 * @param succeeds for a MADI that follows an MIP (R6): the MIP accompaniment it succeeds
 * @param agreement the funding agreement that will pay for the place, if any
 */
public record ReferralRequest(
    HouseholdId household,
    OfferCode offer,
    ReferralSource source,
    OrganisationId funder,
    LocalDate receivedOn,
    Set<ReferralReason> reasons,
    Optional<AccompanimentId> succeeds,
    Optional<AgreementId> agreement) {

  /**
   * Checks the components: {@code household}, {@code offer}, {@code source}, {@code funder}, {@code succeeds} and
   * {@code agreement} required; {@code receivedOn} within the supported date range; {@code reasons} copied
   * unmodifiable, without null element; and the rules stated for the type.
   *
   * @param household the household referred
   * @param offer the offer requested
   * @param source who refers
   * @param funder who pays
   * @param receivedOn the day the coordinator received the referral
   * @param reasons why (at least one)
   * @param succeeds for a MADI that follows an MIP (R6): the MIP accompaniment it succeeds
   * @param agreement the funding agreement that will pay for the place, if any
   */
  public ReferralRequest {
    Checks.requiredAll("household, offer, source, funder", household, offer, source, funder);
    Checks.date(receivedOn, "receivedOn");
    reasons = Checks.setOf(reasons, "reasons");
    Checks.check(!reasons.isEmpty(), "a referral gives at least one reason");
    Checks.requiredAll("succeeds, agreement", succeeds, agreement);
  }

  /**
   * {@return a request without succession nor agreement}
   *
   * @param household the household
   * @param offer the offer (R1)
   * @param funder the organisation that pays
   * @param source who refers: a partner's field worker, the family itself, an institution
   * @param receivedOn the day the referral was received
   * @param reasons why the family is referred, as free text (personal data)
   */
  public static ReferralRequest of(
      HouseholdId household, OfferCode offer, ReferralSource source, OrganisationId funder, LocalDate receivedOn,
      ReferralReason... reasons) {
    return new ReferralRequest(
        household, offer, source, funder, receivedOn, Checks.setOf(Arrays.asList(Checks.required(reasons, "reasons")), "reasons"), Optional.empty(),
        Optional.empty());
  }

  /**
   * {@return the same request, for a MADI that succeeds the MIP accompaniment {@code previous} (R6)}
   *
   * @param previous the MIP accompaniment to succeed
   */
  public ReferralRequest succeeding(AccompanimentId previous) {
    return new ReferralRequest(
        household, offer, source, funder, receivedOn, reasons, Optional.of(Checks.required(previous, "previous")),
        agreement);
  }

  /**
   * {@return the same request, paid for by a place of the funding agreement {@code id} (R10)}
   *
   * @param id the funding agreement
   */
  public ReferralRequest underAgreement(AgreementId id) {
    return new ReferralRequest(
        household, offer, source, funder, receivedOn, reasons, succeeds, Optional.of(Checks.required(id, "agreement")));
  }
}
