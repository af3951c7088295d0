package org.liens.access;

import java.util.Optional;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;

/**
 * Who performs an operation: every application service takes one, explicitly, so that access rules and audit
 * logs can be added without changing a signature. The user id is the host's pseudonymous identifier, never a
 * name or an e-mail address.
 *
 * @param userId the host's id for the user, never blank
 * @param role the role the user acts in
 * @param organisation the organisation the user acts for, when there is one
 * @param staff the staff member the user is, for educators and coordinators of the organisation that runs the offers
 */
public record Actor(String userId, Role role, Optional<OrganisationId> organisation, Optional<StaffId> staff) {
  /**
   * Checks the components: {@code role} required; {@code userId} a bounded, non-blank text; {@code organisation} and
   * {@code staff} an {@code Optional}, never null.
   *
   * @param userId the host's id for the user, never blank
   * @param role the role the user acts in
   * @param organisation the organisation the user acts for, when there is one
   * @param staff the staff member the user is, for educators and coordinators of the organisation that runs the
   *     offers
   */
  public Actor {
    userId = Checks.notBlank(userId, "userId");
    Checks.required(role, "role");
    Checks.optional(organisation, "organisation");
    Checks.optional(staff, "staff");
  }

  /**
   * An actor who acts for no organisation (a coordinator, an administrator, the system).
   *
   * @param userId the host's id for the user, never blank
   * @param role the role the user acts in
   * @return the actor
   */
  public static Actor of(String userId, Role role) {
    return new Actor(userId, role, Optional.empty(), Optional.empty());
  }

  /**
   * An actor who acts for an organisation (a prescriber, a funder).
   *
   * @param userId the host's id for the user, never blank
   * @param role the role the user acts in
   * @param organisation the organisation the user acts for
   * @return the actor
   */
  public static Actor of(String userId, Role role, OrganisationId organisation) {
    return new Actor(userId, role, Optional.of(Checks.required(organisation, "organisation")), Optional.empty());
  }

  /**
   * A staff member of the organisation that runs the offers (an educator, a coordinator).
   *
   * @param userId the host's id for the user, never blank
   * @param role the role the user acts in
   * @param staff the staff member the user is
   * @return the actor
   */
  public static Actor staff(String userId, Role role, StaffId staff) {
    return new Actor(userId, role, Optional.empty(), Optional.of(Checks.required(staff, "staff")));
  }

  /** {@return the actor for work the library or a batch job does on its own} */
  public static Actor system() {
    return of("system", Role.SYSTEM);
  }
}
