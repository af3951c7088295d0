package org.liens.staff.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.liens.access.AccessDeniedException;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.internal.Engine;
import org.liens.internal.Targets;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.NotFoundException;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;
import org.liens.staff.StaffRole;

/**
 * The staff registry: educators, the positive-psychopedagogy practitioner and coordinators, with their
 * organisation, roles and days of activity. Teams accept only staff registered here. Obtain it from
 * {@code Liens#staff()}.
 */
public final class StaffService {
  private final Engine engine;

  /**
   * Not API: obtain it from {@code Liens}; the constructor takes internal plumbing and may change.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   */
  public StaffService(Engine engine) {
    this.engine = Checks.required(engine, "engine");
  }

  /**
   * Registers a staff member under an id of the host's choice (the id a team already holds, for data kept before
   * the registry existed), active from {@code activeFrom} on, and returns it as stored. The call can be repeated
   * safely after an {@code OUTCOME_UNKNOWN}: if this member is already stored with these very organisation, roles
   * and days, it is returned as stored and nothing is registered twice.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the staff member's id
   * @param organisation the organisation it works for
   * @param roles its roles, at least one
   * @param activeFrom its first day of activity
   * @return the staff member as stored
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another member, or
   *     {@link ErrorCode#DANGLING_REFERENCE} if there is no such organisation
   */
  public StaffMember register(Actor actor, StaffId id, OrganisationId organisation, Set<StaffRole> roles,
      LocalDate activeFrom) {
    Checks.required(id, "id");
    return save(actor, StaffMember.register(id, organisation, roles, activeFrom));
  }

  /**
   * Registers a staff member under an id of the host's choice, active from {@code activeFrom} to {@code activeTo},
   * and returns it as stored.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the staff member's id
   * @param organisation the organisation it works for
   * @param roles its roles, at least one
   * @param activeFrom its first day of activity
   * @param activeTo its last day of activity, included
   * @return the staff member as stored
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id is taken, or
   *     {@link ErrorCode#DANGLING_REFERENCE} if there is no such organisation
   */
  public StaffMember register(Actor actor, StaffId id, OrganisationId organisation, Set<StaffRole> roles,
      LocalDate activeFrom, LocalDate activeTo) {
    Checks.required(id, "id");
    return save(actor, StaffMember.register(id, organisation, roles, activeFrom, activeTo));
  }

  private StaffMember save(Actor actor, Change<StaffMember> registered) {
    return engine.write(actor, Operation.STAFF_REGISTER, work -> {
      work.gate().check(registered.after(), Targets::of);
      Optional<StaffMember> stored = work.repositories().staff().find(registered.after().id());
      if (stored.isPresent()) {
        if (!stored.get().withVersion(0).equals(registered.after())) {
          throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "this staff id names another staff member");
        }
        return work.gate().check(stored.get(), Targets::of); // a repeated call whose first run committed
      }
      return work.repositories().staff().save(work.accept(registered));
    });
  }

  /**
   * Registers a staff member active from {@code activeFrom} on, under a new id, and returns it as stored.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param organisation the organisation it works for
   * @param roles its roles, at least one
   * @param activeFrom its first day of activity
   * @return the staff member as stored
   * @throws IntegrityViolationException with {@link ErrorCode#DANGLING_REFERENCE} if there is no such organisation
   */
  public StaffMember register(Actor actor, OrganisationId organisation, Set<StaffRole> roles, LocalDate activeFrom) {
    return register(actor, StaffId.of(engine.newId()), organisation, roles, activeFrom);
  }

  /**
   * Replaces the roles of a staff member read at {@code expectedVersion}.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the staff member
   * @param expectedVersion the version the caller read; another version means a concurrent edit
   * @param roles its roles from now on, at least one
   * @return the staff member as stored, at the next version
   * @throws ConcurrentUpdateException if it changed since that version: reload it
   * @throws NotFoundException if there is no such staff member
   */
  public StaffMember changeRoles(Actor actor, StaffId id, long expectedVersion, Set<StaffRole> roles) {
    return change(actor, id, expectedVersion, member -> member.changeRoles(roles));
  }

  /**
   * Replaces the days of activity of a staff member read at {@code expectedVersion}: active from {@code activeFrom}
   * on, with no last day.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the staff member
   * @param expectedVersion the version the caller read; another version means a concurrent edit
   * @param activeFrom its first day of activity
   * @return the staff member as stored
   * @throws ConcurrentUpdateException if it changed since that version: reload it
   * @throws NotFoundException if there is no such staff member
   */
  public StaffMember changeActivity(Actor actor, StaffId id, long expectedVersion, LocalDate activeFrom) {
    return change(actor, id, expectedVersion, member -> member.changeActivity(activeFrom));
  }

  /**
   * Replaces the days of activity of a staff member read at {@code expectedVersion}: from {@code activeFrom} to
   * {@code activeTo}, both included.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the staff member
   * @param expectedVersion the version the caller read; another version means a concurrent edit
   * @param activeFrom its first day of activity
   * @param activeTo its last day of activity, included
   * @return the staff member as stored
   * @throws ConcurrentUpdateException if it changed since that version: reload it
   * @throws NotFoundException if there is no such staff member
   */
  public StaffMember changeActivity(Actor actor, StaffId id, long expectedVersion, LocalDate activeFrom,
      LocalDate activeTo) {
    return change(actor, id, expectedVersion, member -> member.changeActivity(activeFrom, activeTo));
  }

  /**
   * Ends the activity of a staff member read at {@code expectedVersion}: from the day after {@code lastDay}, no
   * team accepts it and no contact can be recorded in its name.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the staff member
   * @param expectedVersion the version the caller read; another version means a concurrent edit
   * @param lastDay its last day of activity, included, not before its first
   * @return the staff member as stored, at the next version
   * @throws ConcurrentUpdateException if it changed since that version: reload it
   * @throws NotFoundException if there is no such staff member
   */
  public StaffMember endActivity(Actor actor, StaffId id, long expectedVersion, LocalDate lastDay) {
    return change(actor, id, expectedVersion, member -> member.endActivity(lastDay));
  }

  /**
   * {@return the staff member with this id}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the staff member
   * @throws NotFoundException if there is none
   */
  public StaffMember get(Actor actor, StaffId id) {
    Checks.required(id, "id");
    return engine.read(actor, Operation.STAFF_READ,
        (gate, repositories) -> gate.check(repositories.staff().get(id), Targets::of));
  }

  /**
   * {@return the staff members who work for {@code organisation}, active or not, by id}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param organisation the organisation
   */
  public List<StaffMember> ofOrganisation(Actor actor, OrganisationId organisation) {
    Checks.required(organisation, "organisation");
    return engine.read(actor, Operation.STAFF_READ,
        (gate, repositories) -> gate.filter(repositories.staff().ofOrganisation(organisation), Targets::of));
  }

  /**
   * {@return the staff member {@code actor} is, active today in a role that acts as the actor's role}
   *
   * @param actor who acts, naming its staff member ({@link Actor#staff()})
   * @throws AccessDeniedException with {@link ErrorCode#ACCESS_DENIED} if the actor names no staff member, an unknown
   *     one, or one not active today in a role acting as the actor's; the message does not say which
   */
  public StaffMember resolve(Actor actor) {
    return resolve(actor, engine.today());
  }

  /**
   * {@return the staff member {@code actor} is, active on {@code day} in a role that acts as the actor's role}
   *
   * @param actor who acts, naming its staff member ({@link Actor#staff()})
   * @param day the day to check the activity on
   * @throws AccessDeniedException with {@link ErrorCode#ACCESS_DENIED} if the actor names no staff member, an unknown
   *     one, or one not active that day in a role acting as the actor's; the message does not say which
   */
  public StaffMember resolve(Actor actor, LocalDate day) {
    Checks.required(actor, "actor");
    Checks.date(day, "day");
    return engine.read(actor, Operation.STAFF_RESOLVE,
        (gate, repositories) -> gate.check(StaffDirectory.resolve(repositories.staff(), actor, day), Targets::of));
  }

  private StaffMember change(Actor actor, StaffId id, long expectedVersion, Function<StaffMember, Change<StaffMember>> command) {
    Checks.required(id, "id");
    return engine.write(actor, Operation.STAFF_UPDATE, work -> {
      StaffMember current = work.gate().check(work.repositories().staff().get(id), Targets::of);
      if (current.version() != expectedVersion) {
        throw new ConcurrentUpdateException(ErrorCode.CONCURRENT_UPDATE,
            "staff member " + id + " is at version " + current.version() + ", not " + expectedVersion);
      }
      return work.repositories().staff().save(work.accept(command.apply(current)));
    });
  }
}
