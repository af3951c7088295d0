package org.liens.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.Contact;
import org.liens.document.ActionReport;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.household.HouseholdId;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.shared.Checks;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationOutcome;

/**
 * How long personal data is kept (issue 9; DESIGN §6, CNIL référentiel for social and medico-social support). A
 * value type, set with {@code Liens.builder().retentionPolicy(…)}.
 *
 * <p>The rule: a household's personal data is kept while one of its accompaniments is open or one of its referrals
 * awaits a decision, then until {@link #personalData()} after its <em>last activity</em>: the latest date among its
 * accompaniments' contacts, documents, consent changes and ends (closure, cancellation, succession) and its
 * referrals' reception, consent, assessment and decision — "two years after the last contact or the closure,
 * whichever is later". From that date on it is anonymised. Example with the default: last activity 2024-03-14, kept up to 2026-03-13,
 * anonymised from 2026-03-14 (a last activity on 29 February ends on 28 February, by {@code java.time}).
 *
 * <p>Billing records (invoices, credit notes) are kept {@link #billingRecords()} after their issue date; they never
 * name a family, so anonymising a household leaves them as they are.
 *
 * @param personalData how long a household's personal data is kept after its last activity
 * @param billingRecords how long an invoice or a credit note is kept after its issue date
 */
public record RetentionPolicy(Period personalData, Period billingRecords) {
  /**
   * The CNIL référentiel's defaults (2021–2023): personal data two years after the last contact, billing records ten
   * years (Code de commerce L123-22). The default of {@code Liens}.
   */
  public static final RetentionPolicy CNIL_SOCIAL_SUPPORT = new RetentionPolicy(Period.ofYears(2), Period.ofYears(10));

  /**
   * Checks the components: {@code personalData} and {@code billingRecords} required; and the rules stated for the type.
   *
   * @param personalData how long a household's personal data is kept after its last activity
   * @param billingRecords how long an invoice or a credit note is kept after its issue date
   */
  public RetentionPolicy {
    Checks.required(personalData, "personalData");
    Checks.required(billingRecords, "billingRecords");
    Checks.check(!personalData.isNegative() && !personalData.isZero(), "personalData is a positive period");
    Checks.check(!billingRecords.isNegative() && !billingRecords.isZero(), "billingRecords is a positive period");
  }

  /** {@return the default policy, {@link #CNIL_SOCIAL_SUPPORT}} */
  public static RetentionPolicy standard() {
    return CNIL_SOCIAL_SUPPORT;
  }

  /**
   * {@return the last day an invoice or a credit note issued on {@code issuedOn} is kept}
   *
   * @param issuedOn its issue date
   */
  public LocalDate billingRecordKeptUntil(LocalDate issuedOn) {
    return Checks.required(issuedOn, "issuedOn").plus(billingRecords).minusDays(1);
  }

  /**
   * Decides whether a household's personal data is still kept on {@code asOf}.
   *
   * @param household the household
   * @param referrals every referral of the household
   * @param accompaniments every accompaniment of the household
   * @param asOf the date the rule is applied at
   * @return the decision, with its reason and dates
   */
  public RetentionDecision decide(
      HouseholdId household, List<Referral> referrals, List<Accompaniment> accompaniments, LocalDate asOf) {
    return decide(household, referrals, accompaniments, List.of(), asOf);
  }

  /**
   * Decides whether a household's personal data is still kept on {@code asOf}, its orientations to partner services
   * counted as activity (issue 16): the day each was proposed, answered, and its outcome recorded.
   *
   * @param household the household
   * @param referrals every referral of the household
   * @param accompaniments every accompaniment of the household
   * @param orientations every orientation of the household
   * @param asOf the date the rule is applied at
   * @return the decision, with its reason and dates
   */
  public RetentionDecision decide(HouseholdId household, List<Referral> referrals, List<Accompaniment> accompaniments,
      List<Orientation> orientations, LocalDate asOf) {
    Checks.required(household, "household");
    Checks.listOf(referrals, "referrals");
    Checks.listOf(accompaniments, "accompaniments");
    Checks.listOf(orientations, "orientations");
    Checks.required(asOf, "asOf");
    Optional<LocalDate> last = Stream.concat(lastActivity(referrals, accompaniments).stream(),
        orientations.stream().flatMap(o -> Stream.of(Optional.of(o.proposedOn()), o.answeredOn(),
            o.outcome().map(OrientationOutcome::recordedOn)).flatMap(Optional::stream))).max(LocalDate::compareTo);
    if (accompaniments.stream().anyMatch(Accompaniment::isOpen)) {
      return new RetentionDecision(household, asOf, RetentionDecision.Reason.OPEN_ACCOMPANIMENT, last, Optional.empty());
    }
    if (referrals.stream().anyMatch(r -> !r.status().isTerminal())) {
      return new RetentionDecision(household, asOf, RetentionDecision.Reason.UNDECIDED_REFERRAL, last, Optional.empty());
    }
    if (last.isEmpty()) {
      return new RetentionDecision(household, asOf, RetentionDecision.Reason.NO_DATED_ACTIVITY, last, Optional.empty());
    }
    LocalDate keptUntil = last.get().plus(personalData).minusDays(1);
    RetentionDecision.Reason reason = asOf.isAfter(keptUntil)
        ? RetentionDecision.Reason.EXPIRED
        : RetentionDecision.Reason.INSIDE_WINDOW;
    return new RetentionDecision(household, asOf, reason, last, Optional.of(keptUntil));
  }

  /** The latest dated activity of the household's referrals and accompaniments, if any. */
  static Optional<LocalDate> lastActivity(List<Referral> referrals, List<Accompaniment> accompaniments) {
    Stream<LocalDate> ofReferrals = referrals.stream().flatMap(r -> Stream.of(
        Optional.of(r.receivedOn()), r.decidedOn(), r.consent().map(Consent::givenOn),
        r.assessment().map(NeedsAssessment::assessedOn)).flatMap(Optional::stream));
    Stream<LocalDate> ofAccompaniments = accompaniments.stream().flatMap(a -> Stream.concat(
        Stream.of(Optional.of(a.openedOn()), Optional.of(a.consents().lastChange()), a.endedOn(),
            a.supportPlan().map(SupportPlan::writtenOn),
            a.emtMap().map(EmtMap::drawnOn), a.actionReport().map(ActionReport::writtenOn)).flatMap(Optional::stream),
        a.contacts().stream().map(Contact::date)));
    return Stream.concat(ofReferrals, ofAccompaniments).max(LocalDate::compareTo);
  }
}
