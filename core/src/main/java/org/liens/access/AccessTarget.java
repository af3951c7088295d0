package org.liens.access;

import java.util.Set;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;

/**
 * What a call reads or changes, as the {@link AccessPolicy} sees it: ids only. An empty set means "none": a target
 * that no team holds is covered by no {@link Scope#TEAM} grant.
 *
 * @param teams the staff ids on the teams of the accompaniments concerned
 * @param referredBy the organisations that referred them
 * @param fundedBy the organisations that pay for them, ordered them, or are the subject themselves
 * @param households the households concerned, named in the audit trail
 */
public record AccessTarget(
    Set<StaffId> teams, Set<OrganisationId> referredBy, Set<OrganisationId> fundedBy, Set<HouseholdId> households) {
  /** A target no restricted scope covers: a new household, a listing of everything. */
  public static final AccessTarget NONE = new AccessTarget(Set.of(), Set.of(), Set.of(), Set.of());

  /**
   * Checks the components: {@code teams}, {@code referredBy}, {@code fundedBy} and {@code households} copied
   * unmodifiable, without null element.
   *
   * @param teams the staff ids on the teams of the accompaniments concerned
   * @param referredBy the organisations that referred them
   * @param fundedBy the organisations that pay for them, ordered them, or are the subject themselves
   * @param households the households concerned, named in the audit trail
   */
  public AccessTarget {
    teams = Checks.setOf(teams, "teams");
    referredBy = Checks.setOf(referredBy, "referredBy");
    fundedBy = Checks.setOf(fundedBy, "fundedBy");
    households = Checks.setOf(households, "households");
  }

  /**
   * {@return the target "what this staff member's teams hold", for a query by educator}
   *
   * @param staff the staff member
   */
  public static AccessTarget teamOf(StaffId staff) {
    return new AccessTarget(Set.of(staff), Set.of(), Set.of(), Set.of());
  }

  /**
   * {@return the target "what this organisation referred", for a query by prescriber}
   *
   * @param prescriber the prescriber
   */
  public static AccessTarget referredBy(OrganisationId prescriber) {
    return new AccessTarget(Set.of(), Set.of(prescriber), Set.of(), Set.of());
  }

  /**
   * {@return the target "what this organisation pays for", for a query by funder}
   *
   * @param funder the funder or the client of a quote
   */
  public static AccessTarget fundedBy(OrganisationId funder) {
    return new AccessTarget(Set.of(), Set.of(), Set.of(funder), Set.of());
  }

  /**
   * {@return the target of an organisation's own record: it is seen by its prescribers and its funders}
   *
   * @param organisation the organisation
   */
  public static AccessTarget organisation(OrganisationId organisation) {
    return new AccessTarget(Set.of(), Set.of(organisation), Set.of(organisation), Set.of());
  }
}
