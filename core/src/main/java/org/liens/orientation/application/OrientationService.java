package org.liens.orientation.application;

import java.util.ArrayList;
import java.util.List;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.household.Household;
import org.liens.household.PersonId;
import org.liens.internal.Engine;
import org.liens.internal.Targets;
import org.liens.internal.UnitOfWork;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationId;
import org.liens.orientation.OrientationOutcome;
import org.liens.orientation.OrientationPolicy;
import org.liens.orientation.OrientationReminder;
import org.liens.orientation.OrientationState;
import org.liens.orientation.SharingConsent;
import org.liens.partner.PartnerServiceId;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.InvalidInputException;
import org.liens.shared.NotFoundException;
import org.liens.shared.RuleViolationException;
import org.liens.storage.Repositories;

/**
 * Orients household members of an accompaniment to partner services, and follows the orientations up (issue 16):
 * the educators of the accompaniment's team and the coordinator may; every call is audited with the household and
 * the person it concerns. Obtain it from {@code Liens#orientations()}.
 */
public final class OrientationService {
  private final Engine engine;
  private final OrientationPolicy policy;

  /**
   * Not API: obtain it from {@code Liens}; the constructor takes internal plumbing and may change.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   * @param policy the expiry delay, the decline reasons and the reminder delay
   */
  public OrientationService(Engine engine, OrientationPolicy policy) {
    this.engine = Checks.required(engine, "engine");
    this.policy = Checks.required(policy, "policy");
  }

  /** {@return the policy in force: expiry delay, decline reasons, reminder delay} */
  public OrientationPolicy policy() {
    return policy;
  }

  /**
   * Orients {@code person}, a member of the accompaniment's household, to a partner service of the catalogue, today,
   * with the family's consent to share; the orientation expires after the policy's delay.
   *
   * @param actor who acts: the coordinator, or an educator of the accompaniment's team
   * @param accompaniment the accompaniment, open
   * @param person the household member oriented
   * @param service a service of the catalogue
   * @param consent the consent of a parent or caregiver of the household, given today or before
   * @return the orientation as stored
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} if the person is not of the household, the
   *     consent not given by a parent or caregiver of it, or given after today
   * @throws NotFoundException if the catalogue has no such service
   * @throws IllegalTransitionException if the accompaniment is not open
   */
  public Orientation propose(Actor actor, AccompanimentId accompaniment, PersonId person, PartnerServiceId service,
      SharingConsent consent) {
    Checks.requiredAll("accompaniment, person, service, consent", accompaniment, person, service, consent);
    return engine.write(actor, Operation.ORIENTATION_PROPOSE, work -> {
      Repositories r = work.repositories();
      Accompaniment a = work.gate().check(r.accompaniments().get(accompaniment), Targets::of);
      work.gate().concernsPeople(List.of(person));
      if (!a.isOpen()) {
        throw new IllegalTransitionException(ErrorCode.ILLEGAL_TRANSITION, "only an open accompaniment orients");
      }
      Household household = r.households().get(a.household());
      Checks.check(household.profile().personIds().contains(person), "the person is not of the household");
      Checks.check(household.profile().hasParent(consent.givenBy()) || household.profile().hasCaregiver(
          consent.givenBy()), "the consent is not given by a parent or caregiver of the household");
      Checks.check(!consent.givenOn().isAfter(work.today()), "the consent cannot be given after today");
      r.partnerCatalogue().service(service)
          .orElseThrow(() -> new NotFoundException(ErrorCode.NOT_FOUND, "no partner service " + service));
      OrientationId id = OrientationId.of(work.newId());
      Change<Orientation> proposed = work.actor().staff()
          .map(staff -> Orientation.propose(id, accompaniment, a.household(), person, service, staff, consent,
              work.today(), policy))
          .orElseGet(() -> Orientation.propose(id, accompaniment, a.household(), person, service, consent,
              work.today(), policy));
      return r.orientations().save(work.accept(proposed));
    });
  }

  /**
   * Records that the partner accepted the orientation, today.
   *
   * @param actor who acts: the coordinator, or an educator of the accompaniment's team
   * @param id the orientation
   * @return the orientation as stored
   * @throws RuleViolationException with {@link ErrorCode#ORIENTATION_EXPIRED} from its expiry date on
   */
  public Orientation accept(Actor actor, OrientationId id) {
    return change(actor, Operation.ORIENTATION_RESPOND, id, (o, work) -> o.accept(work.today()));
  }

  /**
   * Records that the orientation was declined, today, for a reason of the policy's list.
   *
   * @param actor who acts: the coordinator, or an educator of the accompaniment's team
   * @param id the orientation
   * @param reason one of {@code policy().declineReasons()}
   * @return the orientation as stored
   * @throws RuleViolationException with {@link ErrorCode#ORIENTATION_EXPIRED} from its expiry date on
   */
  public Orientation decline(Actor actor, OrientationId id, String reason) {
    return change(actor, Operation.ORIENTATION_RESPOND, id, (o, work) -> o.decline(reason, work.today(), policy));
  }

  /**
   * Records the outcome of an accepted orientation, today.
   *
   * @param actor who acts: the coordinator, or an educator of the accompaniment's team
   * @param id the orientation
   * @param tookPart whether the person took part
   * @param reason why, in a few words
   * @return the orientation as stored
   */
  public Orientation recordOutcome(Actor actor, OrientationId id, boolean tookPart, String reason) {
    return change(actor, Operation.ORIENTATION_OUTCOME, id,
        (o, work) -> o.recordOutcome(new OrientationOutcome(tookPart, reason, work.today())));
  }

  /**
   * Stores as expired every orientation still proposed on its expiry date (a host's daily job); each emits
   * {@code OrientationExpired}.
   *
   * @param actor who acts: the coordinator or the system
   * @return the orientations it expired
   */
  public List<Orientation> expireDue(Actor actor) {
    return engine.write(actor, Operation.ORIENTATION_RESPOND, work -> {
      work.gate().check(AccessTarget.NONE);
      List<Orientation> expired = new ArrayList<>();
      for (Orientation o : work.repositories().orientations().pending()) {
        if (o.state() == OrientationState.PROPOSED && o.stateOn(work.today()) == OrientationState.EXPIRED) {
          work.gate().concerns(o.household());
          expired.add(work.repositories().orientations().save(work.accept(o.expire(work.today()))));
        }
      }
      return List.copyOf(expired);
    });
  }

  /**
   * {@return the orientations of an accompaniment, by day of proposal}
   *
   * @param actor who acts: the coordinator, or an educator of the accompaniment's team
   * @param accompaniment the accompaniment
   */
  public List<Orientation> ofAccompaniment(Actor actor, AccompanimentId accompaniment) {
    Checks.required(accompaniment, "accompaniment");
    return engine.read(actor, Operation.ORIENTATION_READ, (gate, r) -> {
      gate.check(r.accompaniments().get(accompaniment), Targets::of);
      List<Orientation> list = r.orientations().ofAccompaniment(accompaniment);
      gate.concernsPeople(list.stream().map(Orientation::person).toList());
      return list;
    });
  }

  /**
   * {@return the reminders due today on the orientations the actor may see, by day of proposal}
   *
   * @param actor who acts: the coordinator sees all of them, an educator those of its teams
   */
  public List<OrientationReminder> reminders(Actor actor) {
    return engine.read(actor, Operation.ORIENTATION_READ, (gate, r) -> {
      List<OrientationReminder> due = new ArrayList<>();
      gate.filter(List.<Accompaniment>of(), Targets::of); // decided: the pending ones are filtered one by one below
      for (Orientation o : r.orientations().pending()) {
        if (!gate.filter(List.of(r.accompaniments().get(o.accompaniment())), Targets::of).isEmpty()) {
          OrientationReminder.of(o, engine.today(), policy).ifPresent(due::add);
        }
      }
      return List.copyOf(due);
    });
  }

  /** A change of one orientation, checked against its accompaniment's team. */
  private interface Command {
    Change<Orientation> apply(Orientation orientation, UnitOfWork work);
  }

  private Orientation change(Actor actor, Operation operation, OrientationId id, Command command) {
    Checks.required(id, "id");
    return engine.write(actor, operation, work -> {
      Repositories r = work.repositories();
      Orientation o = r.orientations().get(id);
      work.gate().check(r.accompaniments().get(o.accompaniment()), Targets::of);
      work.gate().concernsPeople(List.of(o.person()));
      return r.orientations().save(work.accept(command.apply(o, work)));
    });
  }
}
