package org.liens.access;

import static org.liens.access.Operation.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liens.shared.Checks;

/**
 * Who may do what on which data (issue 9): per role, the operations granted and the {@link Scope} of each grant,
 * plus the host's extra conditions. Immutable, treat as a value type.
 *
 * <p>The only policy that can be built from nothing is {@link #standard()}, the matrix of the README ("Roles and
 * privacy"). A host narrows it, and only narrows it: {@link #without} drops a grant, {@link #narrowedTo} replaces a
 * scope by one it includes, {@link #restrictedBy} adds a condition that every allowed call must also meet. None of
 * them can add an operation or widen a scope, so a narrowed policy never allows what the standard one refuses.
 *
 * <pre>{@code
 * AccessPolicy policy = AccessPolicy.standard()
 *     .without(Role.EDUCATOR, Operation.HOUSEHOLD_READ)          // educators read the accompaniment, not the household
 *     .restrictedBy(Role.PRESCRIBER, Operation.REFERRAL_RECEIVE, (actor, target) -> hostAllows(actor));
 * Liens.builder().accessPolicy(policy)…
 * }</pre>
 */
public final class AccessPolicy {
  /** A host's extra condition on a grant; it can only refuse more, never allow more. */
  @FunctionalInterface
  public interface Condition {
    /**
     * {@return whether the call may go on, once the grant's scope covers it}
     *
     * @param actor who asks
     * @param target what the call reads or changes
     */
    boolean allows(Actor actor, AccessTarget target);
  }

  private record Restriction(Role role, Operation operation, Condition condition) {}

  private static final AccessPolicy STANDARD = new AccessPolicy(standardGrants(), List.of());

  private final Map<Role, Map<Operation, Scope>> grants;
  private final List<Restriction> restrictions;

  private AccessPolicy(Map<Role, Map<Operation, Scope>> grants, List<Restriction> restrictions) {
    Map<Role, Map<Operation, Scope>> copy = new EnumMap<>(Role.class);
    grants.forEach((role, scopes) -> copy.put(role, scopes.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(scopes))));
    this.grants = copy;
    this.restrictions = List.copyOf(restrictions);
  }

  /** {@return the matrix of the README: the default of {@code Liens}} */
  public static AccessPolicy standard() {
    return STANDARD;
  }

  /**
   * {@return the scope {@code role} is granted {@code operation} in, if granted}
   *
   * @param role the role
   * @param operation the operation
   */
  public Optional<Scope> scopeOf(Role role, Operation operation) {
    Checks.required(operation, "operation");
    return Optional.ofNullable(grants.getOrDefault(Checks.required(role, "role"), Map.of()).get(operation));
  }

  /**
   * {@return whether {@code actor} may do {@code operation} on {@code target}: granted, in scope, every condition met}
   *
   * @param actor who asks
   * @param operation what they ask for
   * @param target what the call reads or changes
   */
  public boolean allows(Actor actor, Operation operation, AccessTarget target) {
    Checks.required(target, "target");
    if (scopeOf(actor.role(), operation).filter(scope -> scope.covers(actor, target)).isEmpty()) {
      return false;
    }
    for (int i = 0; i < restrictions.size(); i++) { // a loop: every call of every use case asks (issue 13)
      Restriction r = restrictions.get(i);
      if (r.role() == actor.role() && r.operation() == operation && !r.condition().allows(actor, target)) {
        return false;
      }
    }
    return true;
  }

  /** {@return every grant: per role, the operations and their scopes} */
  public Map<Role, Map<Operation, Scope>> grants() {
    return Map.copyOf(grants);
  }

  /**
   * {@return this policy without the grant of {@code operation} to {@code role}} Dropping a grant that is not there
   * changes nothing.
   *
   * @param role the role
   * @param operation the operation it may no longer do
   */
  public AccessPolicy without(Role role, Operation operation) {
    Map<Role, Map<Operation, Scope>> changed = mutableGrants();
    changed.get(Checks.required(role, "role")).remove(Checks.required(operation, "operation"));
    return new AccessPolicy(changed, restrictions);
  }

  /**
   * {@return this policy with the grant of {@code operation} to {@code role} narrowed to {@code scope}}
   *
   * @param role the role
   * @param operation an operation granted to it
   * @param scope a scope the current one includes
   * @throws org.liens.shared.InvalidInputException if the operation is not granted or {@code scope} is wider: a
   *     narrowing never adds a permission
   */
  public AccessPolicy narrowedTo(Role role, Operation operation, Scope scope) {
    Checks.required(scope, "scope");
    Optional<Scope> current = scopeOf(role, operation);
    Checks.check(current.filter(s -> s.includes(scope)).isPresent(),
        "scope: a grant can only be narrowed to a scope it includes");
    Map<Role, Map<Operation, Scope>> changed = mutableGrants();
    changed.get(role).put(operation, scope);
    return new AccessPolicy(changed, restrictions);
  }

  /**
   * {@return this policy where {@code role} may do {@code operation} only when {@code condition} also allows it}
   *
   * @param role the role
   * @param operation the operation
   * @param condition the host's extra condition, checked after the scope
   */
  public AccessPolicy restrictedBy(Role role, Operation operation, Condition condition) {
    List<Restriction> more = new ArrayList<>(restrictions);
    more.add(new Restriction(Checks.required(role, "role"), Checks.required(operation, "operation"),
        Checks.required(condition, "condition")));
    return new AccessPolicy(grants, more);
  }

  private Map<Role, Map<Operation, Scope>> mutableGrants() {
    Map<Role, Map<Operation, Scope>> copy = new EnumMap<>(Role.class);
    grants.forEach((role, scopes) -> {
      Map<Operation, Scope> inner = new EnumMap<>(Operation.class);
      inner.putAll(scopes);
      copy.put(role, inner);
    });
    return copy;
  }

  private static Map<Role, Map<Operation, Scope>> standardGrants() {
    Map<Role, Map<Operation, Scope>> matrix = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      matrix.put(role, new EnumMap<>(Operation.class));
    }
    for (Operation operation : Operation.values()) {
      matrix.get(Role.COORDINATOR).put(operation, Scope.ALL);
    }
    grant(matrix, Role.EDUCATOR, Scope.TEAM, HOUSEHOLD_READ, ACCOMPANIMENT_READ, ACCOMPANIMENT_PROGRESS,
        CONTACT_RECORD, SUPPORT_PLAN_WRITE, EMT_MAP_DRAW, ACTION_REPORT_WRITE, CASELOAD_READ, AGENDA_READ, HISTORY_READ, CONSENT_SHARING,
        STAFF_READ, STAFF_RESOLVE, ORIENTATION_PROPOSE, ORIENTATION_RESPOND, ORIENTATION_OUTCOME, ORIENTATION_READ);
    grant(matrix, Role.PRESCRIBER, Scope.REFERRED, REFERRAL_RECEIVE, REFERRAL_CONSENT, REFERRAL_WAITING_READ, PRESCRIBER_VIEW_READ,
        PRESCRIBER_CASELOAD_READ, ORGANISATION_READ, CONSENT_SHARING, FIGURES_READ);
    grant(matrix, Role.FUNDER, Scope.FUNDED, AGREEMENT_READ, INVOICE_READ, CREDIT_NOTE_READ, FUNDER_CASELOAD_READ,
        QUOTE_READ, ORGANISATION_READ, FIGURES_READ);
    grant(matrix, Role.ADMINISTRATOR, Scope.ALL, ORGANISATION_REGISTER, ORGANISATION_UPDATE, ORGANISATION_READ,
        ORGANISATION_LIST, AGREEMENT_CONCLUDE, AGREEMENT_READ, AGREEMENT_PLACES, STAFF_REGISTER, STAFF_UPDATE,
        STAFF_READ, FIGURES_READ);
    grant(matrix, Role.SYSTEM, Scope.ALL, HOUSEHOLD_REGISTER, ORGANISATION_REGISTER, ORGANISATION_READ,
        ORGANISATION_LIST, REFERRAL_RECEIVE, REFERRAL_EXPIRE, AUDIT_PURGE, PRIVACY_DECIDE, PRIVACY_ANONYMISE);
    for (Role role : Role.values()) {
      matrix.get(role).put(PARTNER_SEARCH, Scope.ALL); // the catalogue is public (issue 16)
    }
    grant(matrix, Role.ADMINISTRATOR, Scope.ALL, PARTNER_IMPORT);
    grant(matrix, Role.SYSTEM, Scope.ALL, PARTNER_IMPORT);
    return matrix;
  }

  private static void grant(
      Map<Role, Map<Operation, Scope>> matrix, Role role, Scope scope, Operation... operations) {
    for (Operation operation : operations) {
      matrix.get(role).put(operation, scope);
    }
  }
}
