package org.liens.staff.application;

import java.time.LocalDate;
import java.util.Collection;
import org.liens.access.AccessDeniedException;
import org.liens.access.Actor;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;
import org.liens.storage.StaffRegistry;

/**
 * The checks that read the staff registry inside a use case's transaction: who an {@link Actor} is, and whether a
 * team or a contact names staff who may be on it. Services call them before they save anything, so a refusal
 * stores nothing.
 */
public final class StaffDirectory {
  private StaffDirectory() {}

  /**
   * {@return the staff member {@code actor} is, active on {@code day} in a role that acts as the actor's role}
   *
   * @param registry the staff registry of the transaction
   * @param actor who acts
   * @param day the day of the operation
   * @throws AccessDeniedException with {@link ErrorCode#ACCESS_DENIED} if the actor names no staff member, an unknown
   *     one, or one not active that day in a role acting as the actor's; the message does not say which
   */
  public static StaffMember resolve(StaffRegistry registry, Actor actor, LocalDate day) {
    Checks.required(registry, "registry");
    Checks.required(actor, "actor");
    Checks.required(day, "day");
    return actor.staff().flatMap(registry::find).filter(m -> m.actsAs(actor.role(), day))
        .orElseThrow(() -> new AccessDeniedException("the actor is not an active staff member in this role"));
  }

  /**
   * Checks that every member of {@code team} may be on a team on {@code day}.
   *
   * @param registry the staff registry of the transaction
   * @param team the staff ids of the team
   * @param day the day the team is set or the contact made
   * @throws RuleViolationException with {@link ErrorCode#UNKNOWN_STAFF} for an id no staff member has, or
   *     {@link ErrorCode#INACTIVE_STAFF} for a member not active that day as an educator or a practitioner
   */
  public static void requireTeam(StaffRegistry registry, Collection<StaffId> team, LocalDate day) {
    Checks.required(registry, "registry");
    Checks.required(day, "day");
    for (StaffId id : Checks.listOf(team, "team")) {
      StaffMember member = registry.find(id).orElseThrow(
          () -> new RuleViolationException(ErrorCode.UNKNOWN_STAFF, "no staff member " + id));
      if (!member.joinsTeamsOn(day)) {
        throw new RuleViolationException(ErrorCode.INACTIVE_STAFF,
            "staff member " + id + " is not active on " + day + " as an educator or a practitioner");
      }
    }
  }
}
