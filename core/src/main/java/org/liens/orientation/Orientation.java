package org.liens.orientation;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.accompaniment.AccompanimentId;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.partner.PartnerServiceId;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.InvalidInputException;
import org.liens.shared.RuleViolationException;
import org.liens.staff.StaffId;

/**
 * An orientation of a household member of an accompaniment to a partner service (issue 16, R12, seed 004), with the
 * family's consent to share what the partner needs. {@code PROPOSED} on {@code proposedOn}, it is {@code ACCEPTED}
 * or {@code DECLINED} (with a reason of the {@link OrientationPolicy}) on a day before {@code expiresOn}, or it
 * {@code EXPIRED} from that day: an expired orientation can no longer be accepted. An accepted one then gets its
 * {@link OrientationOutcome}. Personal data: the audit trail records who read or changed it.
 *
 * @param id its id
 * @param version the optimistic version
 * @param accompaniment the accompaniment it is part of
 * @param household the household of that accompaniment
 * @param person the household member oriented
 * @param service the partner service
 * @param orientedBy the educator who oriented, when a staff member did
 * @param consent the family's consent to share
 * @param proposedOn the day it was proposed
 * @param expiresOn the first day it is expired if still unanswered
 * @param state where it stands, as last stored ({@link #stateOn} tells it on a given day)
 * @param answeredOn the day it was accepted or declined
 * @param declineReason the reason of a decline
 * @param outcome what became of an accepted orientation
 */
public record Orientation(OrientationId id, long version, AccompanimentId accompaniment, HouseholdId household,
    PersonId person, PartnerServiceId service, Optional<StaffId> orientedBy, SharingConsent consent,
    LocalDate proposedOn, LocalDate expiresOn, OrientationState state, Optional<LocalDate> answeredOn,
    Optional<String> declineReason, Optional<OrientationOutcome> outcome) implements Aggregate {

  /**
   * Checks the components and that they agree with the state: an answer date only once accepted or declined, and
   * before the expiry date; a reason only on a decline; an outcome only on an acceptance, not before it.
   *
   * @param id its id
   * @param version the optimistic version
   * @param accompaniment the accompaniment
   * @param household the household
   * @param person the household member oriented
   * @param service the partner service
   * @param orientedBy the educator who oriented
   * @param consent the family's consent to share
   * @param proposedOn the day it was proposed
   * @param expiresOn the first day it is expired if unanswered
   * @param state where it stands
   * @param answeredOn the day it was accepted or declined
   * @param declineReason the reason of a decline
   * @param outcome what became of an accepted orientation
   */
  public Orientation {
    Checks.requiredAll("id, accompaniment, household, person, service, consent, state", id, accompaniment,
        household, person, service, consent, state);
    Aggregate.checkVersion(version);
    Checks.optional(orientedBy, "orientedBy");
    proposedOn = Checks.date(proposedOn, "proposedOn");
    expiresOn = Checks.date(expiresOn, "expiresOn");
    Checks.check(expiresOn.isAfter(proposedOn), "expiresOn must come after proposedOn");
    Checks.check(!consent.givenOn().isAfter(proposedOn), "the consent must be given by the day of the proposal");
    Checks.optional(answeredOn, "answeredOn");
    declineReason = Checks.optional(declineReason, "declineReason").map(r -> Checks.name(r, "declineReason"));
    Checks.optional(outcome, "outcome");
    boolean answered = state == OrientationState.ACCEPTED || state == OrientationState.DECLINED;
    Checks.check(answeredOn.isPresent() == answered, "answeredOn is given exactly when accepted or declined");
    LocalDate from = proposedOn;
    LocalDate until = expiresOn;
    answeredOn.ifPresent(on -> Checks.check(!on.isBefore(from) && on.isBefore(until),
        "answeredOn must lie between proposedOn and the day before expiresOn"));
    Checks.check(declineReason.isPresent() == (state == OrientationState.DECLINED),
        "declineReason is given exactly when declined");
    Checks.check(outcome.isEmpty() || state == OrientationState.ACCEPTED, "only an accepted orientation has an outcome");
    outcome.ifPresent(o -> Checks.check(!o.recordedOn().isBefore(answeredOn.orElseThrow()),
        "the outcome is recorded on or after the acceptance"));
  }

  /**
   * {@return a new orientation by the coordinator (no staff member named), proposed on {@code proposedOn}, expiring
   * after the policy's delay}
   *
   * @param id its id
   * @param accompaniment the accompaniment
   * @param household its household
   * @param person the household member oriented
   * @param service the partner service
   * @param consent the family's consent to share
   * @param proposedOn the day of the proposal
   * @param policy the expiry delay
   */
  public static Change<Orientation> propose(OrientationId id, AccompanimentId accompaniment, HouseholdId household,
      PersonId person, PartnerServiceId service, SharingConsent consent, LocalDate proposedOn,
      OrientationPolicy policy) {
    return proposed(id, accompaniment, household, person, service, Optional.empty(), consent, proposedOn, policy);
  }

  /**
   * {@return a new orientation by the educator {@code orientedBy}, proposed on {@code proposedOn}, expiring after the
   * policy's delay}
   *
   * @param id its id
   * @param accompaniment the accompaniment
   * @param household its household
   * @param person the household member oriented
   * @param service the partner service
   * @param orientedBy the educator who orients
   * @param consent the family's consent to share
   * @param proposedOn the day of the proposal
   * @param policy the expiry delay
   */
  public static Change<Orientation> propose(OrientationId id, AccompanimentId accompaniment, HouseholdId household,
      PersonId person, PartnerServiceId service, StaffId orientedBy, SharingConsent consent, LocalDate proposedOn,
      OrientationPolicy policy) {
    Checks.required(orientedBy, "orientedBy");
    return proposed(id, accompaniment, household, person, service, Optional.of(orientedBy), consent, proposedOn,
        policy);
  }

  private static Change<Orientation> proposed(OrientationId id, AccompanimentId accompaniment, HouseholdId household,
      PersonId person, PartnerServiceId service, Optional<StaffId> orientedBy, SharingConsent consent,
      LocalDate proposedOn, OrientationPolicy policy) {
    Checks.requiredAll("proposedOn, policy", proposedOn, policy);
    Orientation o = new Orientation(id, 0, accompaniment, household, person, service, orientedBy, consent,
        proposedOn, proposedOn.plus(policy.expiry()), OrientationState.PROPOSED, Optional.empty(), Optional.empty(),
        Optional.empty());
    return Change.of(o, new OrientationProposed(id, accompaniment, service, o.expiresOn()));
  }

  /**
   * {@return where it stands on {@code day}: a proposal still unanswered on its expiry date is expired}
   *
   * @param day the day asked about
   */
  public OrientationState stateOn(LocalDate day) {
    Checks.required(day, "day");
    return state == OrientationState.PROPOSED && !day.isBefore(expiresOn) ? OrientationState.EXPIRED : state;
  }

  /**
   * {@return the orientation accepted on {@code on}}
   *
   * @param on the day of the partner's answer
   * @throws RuleViolationException with {@link ErrorCode#ORIENTATION_EXPIRED} from its expiry date on
   * @throws IllegalTransitionException if it is not proposed
   */
  public Change<Orientation> accept(LocalDate on) {
    answerable(on);
    return Change.of(with(OrientationState.ACCEPTED, Optional.of(on), Optional.empty(), Optional.empty()),
        new OrientationAccepted(id, on));
  }

  /**
   * {@return the orientation declined on {@code on} for {@code reason}}
   *
   * @param reason one of the policy's reasons
   * @param on the day of the answer
   * @param policy the reasons allowed
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for a reason outside the policy's list
   * @throws RuleViolationException with {@link ErrorCode#ORIENTATION_EXPIRED} from its expiry date on
   */
  public Change<Orientation> decline(String reason, LocalDate on, OrientationPolicy policy) {
    Checks.requiredAll("reason, policy", reason, policy);
    if (!policy.declineReasons().contains(reason)) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE, "the decline reason is not one of the policy's");
    }
    answerable(on);
    return Change.of(with(OrientationState.DECLINED, Optional.of(on), Optional.of(reason), Optional.empty()),
        new OrientationDeclined(id, reason, on));
  }

  /**
   * {@return the orientation recorded as expired on {@code on}, its expiry date or later}
   *
   * @param on the day it is recorded
   * @throws IllegalTransitionException if it is not proposed, or not yet expired on that day
   */
  public Change<Orientation> expire(LocalDate on) {
    Checks.required(on, "on");
    if (stateOn(on) != OrientationState.EXPIRED || state != OrientationState.PROPOSED) {
      throw new IllegalTransitionException(ErrorCode.ILLEGAL_TRANSITION, "only a proposal past its expiry date expires");
    }
    return Change.of(with(OrientationState.EXPIRED, Optional.empty(), Optional.empty(), Optional.empty()),
        new OrientationExpired(id, on));
  }

  /**
   * {@return the accepted orientation with its outcome}
   *
   * @param result whether the person took part, why, and when it was recorded
   * @throws IllegalTransitionException unless it is accepted without an outcome yet
   */
  public Change<Orientation> recordOutcome(OrientationOutcome result) {
    Checks.required(result, "outcome");
    if (state != OrientationState.ACCEPTED || outcome.isPresent()) {
      throw new IllegalTransitionException(ErrorCode.ILLEGAL_TRANSITION,
          "an outcome is recorded once, on an accepted orientation");
    }
    return Change.of(new Orientation(id, version, accompaniment, household, person, service, orientedBy, consent,
        proposedOn, expiresOn, state, answeredOn, declineReason, Optional.of(result)),
        new OrientationOutcomeRecorded(id, result.tookPart(), result.recordedOn()));
  }

  private void answerable(LocalDate on) {
    Checks.required(on, "on");
    if (state != OrientationState.PROPOSED) {
      throw new IllegalTransitionException(ErrorCode.ILLEGAL_TRANSITION, "only a proposed orientation is answered");
    }
    if (!on.isBefore(expiresOn)) {
      throw new RuleViolationException(ErrorCode.ORIENTATION_EXPIRED,
          "the orientation expired on " + expiresOn + ": it can no longer be answered");
    }
    Checks.check(!on.isBefore(proposedOn), "the answer cannot come before the proposal");
  }

  private Orientation with(OrientationState newState, Optional<LocalDate> newAnsweredOn,
      Optional<String> newReason, Optional<OrientationOutcome> newOutcome) {
    return new Orientation(id, version, accompaniment, household, person, service, orientedBy, consent, proposedOn,
        expiresOn, newState, newAnsweredOn, newReason, newOutcome);
  }

  @Override
  public Orientation withVersion(long newVersion) {
    return new Orientation(id, newVersion, accompaniment, household, person, service, orientedBy, consent,
        proposedOn, expiresOn, state, answeredOn, declineReason, outcome);
  }
}
