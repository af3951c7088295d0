package org.liens.referral.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.staff.StaffId;
import org.liens.staff.application.StaffDirectory;
import org.liens.accompaniment.EndDateConvention;
import org.liens.catalog.Catalog;
import org.liens.catalog.Offer;
import org.liens.eligibility.EligibilityContext;
import org.liens.eligibility.EligibilityDecision;
import org.liens.eligibility.EligibilityPolicy;
import org.liens.eligibility.NotEligibleException;
import org.liens.internal.Engine;
import org.liens.internal.Targets;
import org.liens.internal.UnitOfWork;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralDeadlines;
import org.liens.referral.ReferralStatus;
import org.liens.referral.WaitingReferral;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.NotFoundException;
import org.liens.shared.RuleViolationException;
import org.liens.storage.Repositories;

/**
 * The referral desk of the coordinator (R7, R8): receive, record consent, assess, decide eligibility, validate
 * into the active caseload, or reject. Obtain it from {@code Liens#referrals()}.
 */
public final class ReferralService {
  private final Engine engine;
  private final Catalog catalog;
  private final EligibilityPolicy policy;
  private final EndDateConvention convention;
  private final List<ValidationStep> validationSteps;
  private final ReferralDeadlines deadlines;

  /**
   * One more thing validation does in the same transaction, such as taking a place of a funding agreement; for
   * features built on top of referrals.
   */
  @FunctionalInterface
  public interface ValidationStep {
    /**
     * Runs inside the validation's transaction; an exception refuses the whole validation and nothing is stored.
     *
     * @param work the current unit of work, for the repositories and the events of the step
     * @param referral the referral being validated
     * @param opened the accompaniment the validation opens, not yet stored
     */
    void onValidation(UnitOfWork work, Referral referral, Accompaniment opened);
  }

  /**
   * A service over {@code engine}; not API: obtain it from {@code Liens}.
   *
   * @param engine the storage and transaction engine
   * @param catalog the offers referrals may ask for
   * @param policy the eligibility rules checked before validation
   * @param convention the end-date convention frozen on the accompaniments it opens
   * @param validationSteps what validation also does in its transaction, in order
   * @param deadlines the delays after which a referral nobody acted upon expires
   */
  public ReferralService(
      Engine engine, Catalog catalog, EligibilityPolicy policy, EndDateConvention convention,
      List<ValidationStep> validationSteps, ReferralDeadlines deadlines) {
    this.engine = Checks.required(engine, "engine");
    this.catalog = Checks.required(catalog, "catalog");
    this.policy = Checks.required(policy, "policy");
    this.convention = Checks.required(convention, "convention");
    this.validationSteps = Checks.listOf(validationSteps, "validationSteps");
    this.deadlines = Checks.required(deadlines, "deadlines");
  }

  /**
   * Receives a referral ({@code RECEIVED}).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param request what is asked for
   * @return the {@code RECEIVED} referral as stored
   * @throws RuleViolationException with {@link ErrorCode#UNKNOWN_OFFER} for an offer not in the catalogue
   * @throws NotFoundException if the household, the prescriber, the funder, the accompaniment to succeed, or the
   *     funding agreement does not exist
   */
  public Referral receive(Actor actor, ReferralRequest request) {
    return receive(actor, Optional.empty(), request);
  }

  /**
   * Receives a referral under an id of the caller's choice, so that the call can be repeated safely after an
   * {@code OUTCOME_UNKNOWN}: if this referral is already stored with this very request, it is returned as stored
   * (whatever happened to it since) and nothing is received twice.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the referral's id, chosen by the caller (a UUID it keeps until the call succeeds)
   * @param request what is asked for
   * @return the referral as stored
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another referral
   * @throws RuleViolationException with {@link ErrorCode#UNKNOWN_OFFER} for an offer not in the catalogue
   */
  public Referral receive(Actor actor, ReferralId id, ReferralRequest request) {
    return receive(actor, Optional.of(Checks.required(id, "id")), request);
  }

  private Referral receive(Actor actor, Optional<ReferralId> given, ReferralRequest request) {
    Checks.required(request, "request");
    catalog.require(request.offer());
    return engine.write(actor, Operation.REFERRAL_RECEIVE, work -> {
      Repositories repositories = work.repositories();
      work.gate().check(Targets.of(request));
      Optional<Referral> stored = given.flatMap(repositories.referrals()::find);
      if (stored.isPresent()) {
        if (!requestOf(stored.get()).equals(request)) {
          throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "this referral id names another referral");
        }
        return work.gate().check(stored.get(), Targets::of); // a repeated call whose first run committed
      }
      Checks.check(!request.receivedOn().isAfter(work.today()), "a referral cannot be received after today");
      repositories.households().get(request.household());
      request.source().prescriber().ifPresent(repositories.organisations()::get);
      repositories.organisations().get(request.funder());
      request.succeeds().ifPresent(repositories.accompaniments()::get);
      // a lambda, not repositories.fundingAgreements()::get: adapters without the money ports must still work
      request.agreement().ifPresent(agreement -> repositories.fundingAgreements().get(agreement));
      Referral referral = work.accept(Referral.receive(given.orElseGet(() -> ReferralId.of(work.newId())), request));
      return repositories.referrals().save(referral);
    });
  }

  /**
   * Records the parents' or caregivers' consent (R7).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the referral
   * @param consent the consent given
   * @return the referral as stored
   */
  public Referral recordConsent(Actor actor, ReferralId id, Consent consent) {
    return change(actor, Operation.REFERRAL_CONSENT, id, (referral, work) -> referral.recordConsent(consent, work.today()));
  }

  /**
   * Records the needs assessment and moves the referral to {@code ASSESSED} (R8).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the referral
   * @param assessment the needs assessment
   * @return the {@code ASSESSED} referral as stored
   */
  public Referral assess(Actor actor, ReferralId id, NeedsAssessment assessment) {
    return change(actor, Operation.REFERRAL_ASSESS, id, (referral, work) -> referral.assess(assessment, work.today()));
  }

  /**
   * Rejects the referral with a mandatory reason.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the referral
   * @param reason why, in free text (never logged)
   * @return the {@code REJECTED} referral as stored
   */
  public Referral reject(Actor actor, ReferralId id, String reason) {
    return change(actor, Operation.REFERRAL_REJECT, id, (referral, work) -> referral.reject(reason, work.today()));
  }

  /**
   * {@return the eligibility decision for this referral today: every rule, its verdict and its reason}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the referral
   */
  public EligibilityDecision eligibility(Actor actor, ReferralId id) {
    Checks.required(id, "id");
    return engine.read(actor, Operation.REFERRAL_ELIGIBILITY, (gate, repositories) ->
        decide(repositories, gate.check(repositories.referrals().get(id), Targets::of), engine.today()));
  }

  /**
   * Validates an assessed, eligible referral (R8): opens its accompaniment in the active caseload with
   * {@code team}. For a MADI that succeeds an MIP (R6), the MIP ends ({@code SUCCEEDED}), and the MADI's team is
   * the MIP's plus {@code team} (which may then be empty). Everything lands in one transaction. Validating again a
   * referral already validated, with a team its accompaniment still holds, returns that accompaniment and records
   * nothing (a repeated call after an {@code OUTCOME_UNKNOWN}); with another team it is refused as a decided referral.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the referral
   * @param team the educators, checked against the offer's team rule (R5)
   * @return the accompaniment opened, {@code VALIDATED}
   * @throws org.liens.shared.IllegalTransitionException unless the referral is {@code ASSESSED}, checked before
   *     eligibility
   * @throws NotEligibleException with the full decision if a rule fails
   * @throws RuleViolationException with {@link ErrorCode#INVALID_TEAM} if the team breaks the offer's rule, then
   *     {@link ErrorCode#UNKNOWN_STAFF} or {@link ErrorCode#INACTIVE_STAFF} if a member of the team (the
   *     predecessor's included) is not a registered staff member active today as an educator or a practitioner
   */
  public Accompaniment validate(Actor actor, ReferralId id, List<StaffId> team) {
    Checks.required(id, "id");
    List<StaffId> educators = Checks.listOf(team, "team");
    return engine.write(actor, Operation.REFERRAL_VALIDATE, work -> {
      Repositories repositories = work.repositories();
      Referral referral = work.gate().check(repositories.referrals().get(id), Targets::of);
      Optional<Accompaniment> already = validatedWith(repositories, referral, educators);
      if (already.isPresent()) {
        return work.gate().check(already.get(), Targets::of); // a repeated call whose first run committed
      }
      referral.requireValidatable(); // the state first: a decided referral is ILLEGAL_TRANSITION, never NOT_ELIGIBLE
      // what validation writes, locked before anything is read or written, always in this order (household, then
      // agreement), so that validations under one agreement queue on every database instead of deadlocking
      repositories.households().lock(referral.household());
      referral.agreement().ifPresent(agreement -> repositories.fundingAgreements().lock(agreement));
      EligibilityDecision decision = decide(repositories, referral, work.today());
      if (!decision.eligible()) {
        throw new NotEligibleException(decision);
      }
      Offer offer = catalog.require(referral.offer());
      AccompanimentId accompanimentId = AccompanimentId.of(work.newId());
      Optional<Accompaniment> predecessor = referral.succeeds().map(repositories.accompaniments()::get);
      Accompaniment opened = work.accept(predecessor.isPresent()
          ? Accompaniment.openAsSuccessor(
              accompanimentId, referral, offer, predecessor.get(), educators, work.today(), convention)
          : Accompaniment.open(accompanimentId, referral, offer, educators, work.today(), convention));
      StaffDirectory.requireTeam(repositories.staff(), opened.team(), work.today());
      Accompaniment accompaniment = repositories.accompaniments().save(opened);
      predecessor.ifPresent(p -> repositories.accompaniments().save(
          work.accept(p.succeededBy(accompanimentId, work.today(), work.today()))));
      Referral validated = repositories.referrals().save(work.accept(referral.validate(accompanimentId, work.today())));
      for (ValidationStep step : validationSteps) {
        step.onValidation(work, validated, accompaniment);
      }
      return accompaniment;
    });
  }

  /**
   * {@return the referral with this id}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the referral
   * @throws NotFoundException if there is none
   */
  public Referral get(Actor actor, ReferralId id) {
    Checks.required(id, "id");
    return engine.read(actor, Operation.REFERRAL_READ,
        (gate, repositories) -> gate.check(repositories.referrals().get(id), Targets::of));
  }

  /**
   * Expires every referral in the actor's scope that is past its deadline today (issue 14, {@link ReferralDeadlines}):
   * received and not assessed, or assessed and not decided, within its offer's delays. Each gets the state
   * {@code EXPIRED}, its reason and a {@code ReferralExpired} event, in one transaction. The library never runs it by
   * itself: a host calls it, once a day say, as the coordinator or the system. Calling it again expires nothing more.
   *
   * @param actor who acts; a coordinator or the system
   * @return the referrals expired by this call, oldest received first
   */
  public List<Referral> expireOverdue(Actor actor) {
    return engine.write(actor, Operation.REFERRAL_EXPIRE, work -> {
      List<Referral> expired = new ArrayList<>();
      for (Referral referral : work.gate().filter(work.repositories().referrals().undecided(), Targets::of)) {
        if (deadlines.isOverdue(referral, work.today())) {
          expired.add(work.repositories().referrals().save(work.accept(referral.expire(deadlines, work.today()))));
        }
      }
      return List.copyOf(expired);
    });
  }

  /**
   * {@return the referrals in the actor's scope that wait for a decision, oldest received first, with how long each
   * has waited and its deadline (issue 14): a prescriber sees its own}
   *
   * @param actor who acts; a prescriber sees the referrals it made, a coordinator every one
   */
  public List<WaitingReferral> waiting(Actor actor) {
    LocalDate today = engine.today();
    return engine.read(actor, Operation.REFERRAL_WAITING_READ, (gate, repositories) ->
        gate.filter(repositories.referrals().undecided(), Targets::of).stream()
            .map(referral -> WaitingReferral.of(referral, deadlines, today))
            .toList());
  }

  /** The request {@code referral} was received with. */
  private static ReferralRequest requestOf(Referral referral) {
    return new ReferralRequest(referral.household(), referral.offer(), referral.source(), referral.funder(),
        referral.receivedOn(), referral.reasons(), referral.succeeds(), referral.agreement());
  }

  /**
   * The accompaniment {@code referral} opened if it is validated and that accompaniment's team holds every member of
   * {@code team} (a repeated validation); empty otherwise, and validating it again is then refused as before.
   */
  private static Optional<Accompaniment> validatedWith(
      Repositories repositories, Referral referral, List<StaffId> team) {
    return referral.accompaniment()
        .filter(opened -> referral.status() == ReferralStatus.VALIDATED)
        .flatMap(repositories.accompaniments()::find)
        .filter(opened -> opened.team().containsAll(team));
  }

  private EligibilityDecision decide(Repositories repositories, Referral referral, LocalDate date) {
    Offer offer = catalog.require(referral.offer());
    return policy.decide(new EligibilityContext(
        referral,
        offer,
        repositories.households().get(referral.household()).profile(),
        repositories.accompaniments().ofHousehold(referral.household()),
        date));
  }

  private Referral change(Actor actor, Operation operation, ReferralId id, Command command) {
    Checks.required(id, "id");
    return engine.write(actor, operation, work -> {
      Referral referral = work.gate().check(work.repositories().referrals().get(id), Targets::of);
      return work.repositories().referrals().save(work.accept(command.apply(referral, work)));
    });
  }

  @FunctionalInterface
  private interface Command {
    Change<Referral> apply(Referral referral, UnitOfWork work);
  }
}
