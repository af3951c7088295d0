package org.liens.referral;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.catalog.OfferCode;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensStyle;
import org.liens.shared.RuleViolationException;

/**
 * A request to accompany a household with an offer (R7, R8), and its path to a decision:
 * {@code RECEIVED → ASSESSED → VALIDATED} (an accompaniment is opened and enters the active caseload) or
 * {@code → REJECTED} with a mandatory reason, or {@code → EXPIRED} when nobody acted upon it within its delays
 * ({@link ReferralDeadlines}, issue 14). Consent of the parents or caregivers may be recorded at any time
 * before the decision; eligibility is decided by the eligibility policy ({@code org.liens.eligibility}), and validation
 * is only possible for an eligible referral.
 *
 * <p>Immutable: every command returns a {@link Change} with the new state and its events, and leaves this
 * instance as it was. Illegal transitions throw {@link IllegalTransitionException}.
 */
@Value.Immutable
@LiensStyle
public abstract class Referral implements Aggregate {

  public abstract ReferralId id();

  /** {@return the household referred} */
  public abstract HouseholdId household();

  /** {@return the offer requested (R1)} */
  public abstract OfferCode offer();

  /** {@return who prescribed it: a partner organisation, or the family itself (R7, R12)} */
  public abstract ReferralSource source();

  /** {@return who pays (R10)} */
  public abstract OrganisationId funder();

  /** {@return why the family is referred} */
  public abstract Set<ReferralReason> reasons();

  /** {@return the date the coordinator received it (R8)} */
  public abstract LocalDate receivedOn();

  /** {@return where it stands in the workflow (R8)} */
  public abstract ReferralStatus status();

  /** {@return the parents' or caregivers' consent, once recorded} */
  public abstract Optional<Consent> consent();

  /** {@return the needs assessment, once assessed} */
  public abstract Optional<NeedsAssessment> assessment();

  /** {@return the MIP accompaniment a MADI referral succeeds (R6)} */
  public abstract Optional<AccompanimentId> succeeds();

  /** {@return the funding agreement that pays for the place (R10)} */
  public abstract Optional<AgreementId> agreement();

  /** {@return when it was validated or rejected} */
  public abstract Optional<LocalDate> decidedOn();

  /** {@return why it was rejected; free text, redacted from {@code toString()}} */
  @Value.Redacted
  public abstract Optional<String> rejectionReason();

  /** {@return why it expired, once expired} */
  public abstract Optional<ReferralExpiry> expiry();

  /** {@return the accompaniment opened by validation} */
  public abstract Optional<AccompanimentId> accompaniment();

  /** {@return a builder for storage adapters that rebuild a stored referral; the checks still apply} */
  public static ImmutableReferral.Builder builder() {
    return ImmutableReferral.builder();
  }

  /**
   * The invariants every state satisfies. Commands never produce a state that breaks them; a storage adapter that
   * rebuilds one from corrupted rows gets an {@link IllegalStateException}.
   */
  @Value.Check
  protected void check() {
    Checks.check(!reasons().isEmpty(), "a referral gives at least one reason");
    ReferralStatus s = status();
    consistent(s == ReferralStatus.RECEIVED || assessment().isPresent() || s == ReferralStatus.REJECTED
            || expiry().equals(Optional.of(ReferralExpiry.NOT_ASSESSED_IN_TIME)),
        "an assessed or validated referral has an assessment");
    consistent(s.isTerminal() == decidedOn().isPresent(), "decidedOn is set exactly when the referral is decided");
    consistent((s == ReferralStatus.REJECTED) == rejectionReason().isPresent(), "only a rejected referral has a rejection reason");
    consistent((s == ReferralStatus.VALIDATED) == accompaniment().isPresent(), "only a validated referral has an accompaniment");
    consistent(s != ReferralStatus.VALIDATED || consent().isPresent(), "a validated referral has consent");
    consistent((s == ReferralStatus.EXPIRED) == expiry().isPresent(), "only an expired referral has an expiry reason");
    consistent(!expiry().equals(Optional.of(ReferralExpiry.NOT_DECIDED_IN_TIME)) || assessment().isPresent(),
        "a referral expired undecided was assessed");
    decidedOn().ifPresent(d -> consistent(!d.isBefore(receivedOn()), "a referral is decided on or after it was received"));
  }

  private static void consistent(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException("inconsistent referral: " + message);
    }
  }

  /**
   * {@return a new referral, {@code RECEIVED}, not yet stored}
   *
   * @param id the id of the new referral
   * @param request what is asked for
   */
  public static Change<Referral> receive(ReferralId id, ReferralRequest request) {
    Checks.required(request, "request");
    Referral referral = builder()
        .id(Checks.required(id, "id"))
        .version(0)
        .household(request.household())
        .offer(request.offer())
        .source(request.source())
        .funder(request.funder())
        .reasons(request.reasons())
        .receivedOn(request.receivedOn())
        .status(ReferralStatus.RECEIVED)
        .succeeds(request.succeeds())
        .agreement(request.agreement())
        .build();
    return Change.of(
        referral,
        new ReferralReceived(id, request.household(), request.offer(), request.source().channel(), request.receivedOn()));
  }

  /**
   * Records the consent of the parents or caregivers (R7). A newer consent replaces an older one.
   *
   * @param today the current date; consent cannot be dated in the future
   * @param consent the consent given, with who gave it, when, and for what
   * @return the referral with the consent, and its {@link ConsentRecorded} event
   * @throws IllegalTransitionException once the referral is decided
   * @throws InvalidInputException with {@link ErrorCode#INVALID_CONSENT} for a future date
   */
  public Change<Referral> recordConsent(Consent consent, LocalDate today) {
    Checks.required(consent, "consent");
    Checks.required(today, "today");
    requireUndecided("record consent");
    if (consent.givenOn().isAfter(today)) {
      throw new InvalidInputException(ErrorCode.INVALID_CONSENT, "consent cannot be dated after today");
    }
    return Change.of(builder().from(this).consent(consent).build(), new ConsentRecorded(id(), consent.givenOn()));
  }

  /**
   * Records the needs assessment (R8) and moves a received referral to {@code ASSESSED}; an assessed referral may
   * be re-assessed.
   *
   * @param today the current date, from the clock
   * @param assessment the needs assessment
   * @return the {@code ASSESSED} referral and its event
   * @throws IllegalTransitionException once the referral is decided
   * @throws InvalidInputException if the assessment is dated before the referral was received or after today
   */
  public Change<Referral> assess(NeedsAssessment assessment, LocalDate today) {
    Checks.required(assessment, "assessment");
    Checks.required(today, "today");
    requireUndecided("assess");
    Checks.check(!assessment.assessedOn().isBefore(receivedOn()), "an assessment cannot precede the referral");
    Checks.check(!assessment.assessedOn().isAfter(today), "an assessment cannot be dated after today");
    return Change.of(
        builder().from(this).assessment(assessment).status(ReferralStatus.ASSESSED).build(),
        new ReferralAssessed(id(), assessment.assessedOn()));
  }

  /**
   * Validates an assessed referral: the coordinator enters it in the active caseload as accompaniment
   * {@code accompaniment} (R8). Callers check eligibility first; the application service does.
   *
   * @param accompaniment the accompaniment
   * @param today the current date, from the clock
   * @return the {@code VALIDATED} referral and its event
   * @throws IllegalTransitionException unless the referral is {@code ASSESSED}
   * @throws RuleViolationException with {@link ErrorCode#NOT_ELIGIBLE} without consent
   */
  public Change<Referral> validate(AccompanimentId accompaniment, LocalDate today) {
    Checks.required(accompaniment, "accompaniment");
    Checks.required(today, "today");
    requireValidatable();
    if (consent().isEmpty()) {
      throw new RuleViolationException(ErrorCode.NOT_ELIGIBLE, "no accompaniment without consent");
    }
    return Change.of(
        builder().from(this)
            .status(ReferralStatus.VALIDATED)
            .decidedOn(today)
            .accompaniment(accompaniment).build(),
        new ReferralValidated(id(), accompaniment, today));
  }

  /**
   * Checks that the referral's state allows validation, before anything else is decided about it: a referral
   * already validated or rejected, or not yet assessed, cannot be validated whatever its eligibility. Callers that
   * decide eligibility first call this first, so that the answer is {@code ILLEGAL_TRANSITION}, not
   * {@code NOT_ELIGIBLE}.
   *
   * @throws IllegalTransitionException unless the referral is {@code ASSESSED}
   */
  public void requireValidatable() {
    if (status() != ReferralStatus.ASSESSED) {
      throw illegal("validate");
    }
  }

  /**
   * Rejects the referral with a mandatory reason.
   *
   * @param reason why, in free text (never logged)
   * @param today the current date, from the clock
   * @return the {@code REJECTED} referral and its event
   * @throws IllegalTransitionException once the referral is decided
   * @throws InvalidInputException with {@link ErrorCode#BLANK_VALUE} for a blank reason
   */
  public Change<Referral> reject(String reason, LocalDate today) {
    String why = Checks.longText(reason, "rejection reason");
    Checks.required(today, "today");
    requireUndecided("reject");
    return Change.of(
        builder().from(this)
            .status(ReferralStatus.REJECTED)
            .decidedOn(today)
            .rejectionReason(why).build(),
        new ReferralRejected(id(), today));
  }

  /**
   * Expires a referral that is past its deadline (issue 14): nobody assessed it, or nobody decided it after its
   * assessment, within the delays of its offer.
   *
   * @param deadlines the delays of each offer
   * @param today the current date, from the clock
   * @return the {@code EXPIRED} referral and its {@link ReferralExpired} event
   * @throws IllegalTransitionException once the referral is decided or expired
   * @throws RuleViolationException with {@link ErrorCode#DEADLINE_NOT_PASSED} while it is still in time
   */
  public Change<Referral> expire(ReferralDeadlines deadlines, LocalDate today) {
    Checks.requiredAll("deadlines, today", deadlines, today);
    requireUndecided("expire");
    LocalDate deadline = deadlines.deadline(this).orElseThrow();
    if (!today.isAfter(deadline)) {
      throw new RuleViolationException(ErrorCode.DEADLINE_NOT_PASSED, "the referral is still within its delay");
    }
    ReferralExpiry reason = status() == ReferralStatus.RECEIVED
        ? ReferralExpiry.NOT_ASSESSED_IN_TIME : ReferralExpiry.NOT_DECIDED_IN_TIME;
    return Change.of(
        builder().from(this).status(ReferralStatus.EXPIRED).decidedOn(today).expiry(reason).build(),
        new ReferralExpired(id(), reason, deadline, today));
  }

  /**
   * {@return how many days the referral has waited: from its receipt to its decision or expiry, or to {@code today}
   * while it waits; what the prescriber's view shows (issue 14)}
   *
   * @param today the current date
   */
  public long waitingDays(LocalDate today) {
    Checks.required(today, "today");
    LocalDate end = decidedOn().orElse(today);
    return Math.max(0, ChronoUnit.DAYS.between(receivedOn(), end));
  }

  @Override
  public Referral withVersion(long newVersion) {
    return builder().from(this).version(newVersion).build();
  }

  private void requireUndecided(String action) {
    if (status().isTerminal()) {
      throw illegal(action);
    }
  }

  private IllegalTransitionException illegal(String action) {
    return new IllegalTransitionException(
        ErrorCode.ILLEGAL_TRANSITION, "cannot " + action + " a referral that is " + status());
  }
}
