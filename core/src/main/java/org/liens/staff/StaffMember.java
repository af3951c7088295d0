package org.liens.staff;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.liens.access.Role;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.Checks;

/**
 * A staff member of the organisation that runs the offers (R5, R8): an educator, the positive-psychopedagogy
 * practitioner, a coordinator, or several of these. Known by id only: a staff member has no name in Liens. It is
 * active from {@code activeFrom} to {@code activeTo}, both days included; without {@code activeTo} it is active
 * from {@code activeFrom} on. Teams hold its id and refuse it on a day it is not active in a team role.
 *
 * @param id the staff member's id
 * @param version the optimistic version
 * @param organisation the organisation it works for
 * @param roles its roles, at least one, in declaration order
 * @param activeFrom its first day of activity
 * @param activeTo its last day of activity, included, if it has ended or is planned to end
 */
public record StaffMember(StaffId id, long version, OrganisationId organisation, Set<StaffRole> roles,
    LocalDate activeFrom, Optional<LocalDate> activeTo) implements Aggregate {

  /**
   * Checks the components: {@code id} and {@code organisation} required; {@code activeFrom} within the supported date
   * range; {@code activeTo} an {@code Optional}, never null; and the rules stated for the type.
   *
   * @param id the staff member's id
   * @param version the optimistic version
   * @param organisation the organisation it works for
   * @param roles its roles, at least one, in declaration order
   * @param activeFrom its first day of activity
   * @param activeTo its last day of activity, included, if it has ended or is planned to end
   */
  public StaffMember {
    Checks.required(id, "id");
    Aggregate.checkVersion(version);
    Checks.required(organisation, "organisation");
    Checks.check(!Checks.setOf(roles, "roles").isEmpty(), "roles must hold at least one role");
    roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    Checks.date(activeFrom, "activeFrom");
    activeTo = Checks.optional(activeTo, "activeTo").map(to -> Checks.date(to, "activeTo"));
    Checks.check(activeTo.map(to -> !to.isBefore(activeFrom)).orElse(true), "activeTo must not be before activeFrom");
  }

  /**
   * {@return a new staff member active from {@code activeFrom} on, with no last day, not yet stored}
   *
   * @param id the id of the new staff member (a team may already hold it)
   * @param organisation the organisation it works for
   * @param roles its roles, at least one
   * @param activeFrom its first day of activity
   */
  public static Change<StaffMember> register(StaffId id, OrganisationId organisation, Set<StaffRole> roles,
      LocalDate activeFrom) {
    return registered(id, organisation, roles, activeFrom, Optional.empty());
  }

  /**
   * {@return a new staff member active from {@code activeFrom} to {@code activeTo}, not yet stored}
   *
   * @param id the id of the new staff member (a team may already hold it)
   * @param organisation the organisation it works for
   * @param roles its roles, at least one
   * @param activeFrom its first day of activity
   * @param activeTo its last day of activity, included
   */
  public static Change<StaffMember> register(StaffId id, OrganisationId organisation, Set<StaffRole> roles,
      LocalDate activeFrom, LocalDate activeTo) {
    return registered(id, organisation, roles, activeFrom, Optional.of(Checks.required(activeTo, "activeTo")));
  }

  private static Change<StaffMember> registered(StaffId id, OrganisationId organisation, Set<StaffRole> roles,
      LocalDate activeFrom, Optional<LocalDate> activeTo) {
    StaffMember member = new StaffMember(id, 0, organisation, roles, activeFrom, activeTo);
    return Change.of(member, new StaffMemberRegistered(id, organisation, member.roles(), activeFrom, activeTo));
  }

  /**
   * {@return the same member with other roles}
   *
   * @param newRoles its roles from now on, at least one
   */
  public Change<StaffMember> changeRoles(Set<StaffRole> newRoles) {
    StaffMember changed = new StaffMember(id, version, organisation, newRoles, activeFrom, activeTo);
    return Change.of(changed, new StaffRolesChanged(id, changed.roles()));
  }

  /**
   * {@return the same member active from {@code newFrom} on, with no last day (an end of activity undone)}
   *
   * @param newFrom its first day of activity
   */
  public Change<StaffMember> changeActivity(LocalDate newFrom) {
    return activeOver(newFrom, Optional.empty());
  }

  /**
   * {@return the same member active from {@code newFrom} to {@code newTo}, both included}
   *
   * @param newFrom its first day of activity
   * @param newTo its last day of activity, included
   */
  public Change<StaffMember> changeActivity(LocalDate newFrom, LocalDate newTo) {
    return activeOver(newFrom, Optional.of(Checks.required(newTo, "activeTo")));
  }

  private Change<StaffMember> activeOver(LocalDate newFrom, Optional<LocalDate> newTo) {
    StaffMember changed = new StaffMember(id, version, organisation, roles, newFrom, newTo);
    return Change.of(changed, new StaffActivityChanged(id, newFrom, newTo));
  }

  /**
   * {@return the same member whose activity ends on {@code lastDay}, included}
   *
   * @param lastDay its last day of activity, not before its first
   */
  public Change<StaffMember> endActivity(LocalDate lastDay) {
    return activeOver(activeFrom, Optional.of(Checks.required(lastDay, "lastDay")));
  }

  /**
   * {@return whether the member is active on {@code day}: on or after its first day, on or before its last}
   *
   * @param day the day
   */
  public boolean isActiveOn(LocalDate day) {
    Checks.required(day, "day");
    return !day.isBefore(activeFrom) && (activeTo.isEmpty() || !day.isAfter(activeTo.get()));
  }

  /**
   * {@return whether the member is active on {@code day} in a role that acts as {@code role}}: an educator or a
   * practitioner acts as {@link Role#EDUCATOR}, a coordinator as {@link Role#COORDINATOR}; no staff role acts as a
   * prescriber, a funder, an administrator or the system.
   *
   * @param role the role an actor claims
   * @param day the day
   */
  public boolean actsAs(Role role, LocalDate day) {
    Checks.required(role, "role");
    if (!isActiveOn(day)) {
      return false;
    }
    return switch (role) {
      case EDUCATOR -> joinsTeams();
      case COORDINATOR -> roles.contains(StaffRole.COORDINATOR);
      default -> false;
    };
  }

  /**
   * {@return whether the member may be on a team on {@code day}: active then, as an educator or a practitioner}
   *
   * @param day the day
   */
  public boolean joinsTeamsOn(LocalDate day) {
    return actsAs(Role.EDUCATOR, day);
  }

  /** Whether one of the roles joins teams, without a stream: the engine asks on every call (issue 13). */
  private boolean joinsTeams() {
    for (StaffRole role : roles) {
      if (role.joinsTeams()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public StaffMember withVersion(long newVersion) {
    return new StaffMember(id, newVersion, organisation, roles, activeFrom, activeTo);
  }
}
