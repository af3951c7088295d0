package org.liens.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.shared.InvalidInputException;
import org.liens.staff.StaffId;

/** The narrowing rule as a property: whatever a host does to the standard policy, it never allows more. */
class AccessPolicyProperties {
  static final List<OrganisationId> ORGS = List.of(OrganisationId.of(new UUID(3, 1)), OrganisationId.of(new UUID(3, 2)));
  static final List<StaffId> STAFF = List.of(StaffId.of(new UUID(5, 1)), StaffId.of(new UUID(5, 2)));

  /** One narrowing step a host might try. */
  record Step(int kind, Role role, Operation operation, Scope scope, boolean condition) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(Role.class),
        Arbitraries.of(Operation.class), Arbitraries.of(Scope.class), Arbitraries.of(true, false))
        .as(Step::new).list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<Actor> actors() {
    return Combinators.combine(Arbitraries.of(Role.class), Arbitraries.of(ORGS).optional(0.8),
        Arbitraries.of(STAFF).optional(0.7)).as((role, org, staff) -> new Actor("u", role, org, staff));
  }

  @Provide
  Arbitrary<AccessTarget> targets() {
    return Combinators.combine(Arbitraries.of(STAFF).set(), Arbitraries.of(ORGS).set(), Arbitraries.of(ORGS).set())
        .as((teams, referred, funded) -> new AccessTarget(teams, referred, funded, Set.of(HouseholdId.of(new UUID(4, 1)))));
  }

  @Property(tries = 300)
  @Label("a narrowed policy never allows what the standard policy refuses, whatever the host tries")
  void narrowing_never_widens(@ForAll("steps") List<Step> steps, @ForAll("actors") Actor actor,
      @ForAll("targets") AccessTarget target, @ForAll Operation operation) {
    AccessPolicy policy = AccessPolicy.standard();
    for (Step step : steps) {
      policy = apply(policy, step);
    }
    boolean narrowed = policy.allows(actor, operation, target);
    boolean standard = AccessPolicy.standard().allows(actor, operation, target);
    if (narrowed) {
      assertThat(standard).isTrue();
    }
    for (Role role : Role.values()) {
      for (Operation each : Operation.values()) {
        Optional<Scope> scope = policy.scopeOf(role, each);
        scope.ifPresent(s -> assertThat(AccessPolicy.standard().scopeOf(role, each).orElseThrow().includes(s)).isTrue());
      }
    }
    Statistics.label("decision").collect(narrowed ? "allowed" : standard ? "narrowed away" : "refused by both");
  }

  private static AccessPolicy apply(AccessPolicy policy, Step step) {
    switch (step.kind()) {
      case 0:
        return policy.without(step.role(), step.operation());
      case 1:
        try {
          return policy.narrowedTo(step.role(), step.operation(), step.scope());
        } catch (InvalidInputException refused) {
          assertThat(policy.scopeOf(step.role(), step.operation()).filter(s -> s.includes(step.scope()))).isEmpty();
          return policy;
        }
      default:
        return policy.restrictedBy(step.role(), step.operation(), (actor, target) -> step.condition());
    }
  }
}
