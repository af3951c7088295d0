package org.liens.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.liens.access.AccessDeniedException;
import org.liens.access.AccessPolicy;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.access.Scope;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;

/**
 * The one place a use case asks the {@link AccessPolicy}: each call checks what it loaded (or what it was asked for)
 * before reading it out or changing it, and the gate remembers the households concerned for the audit trail. A use
 * case that never asks its gate fails: no service method can skip the policy.
 */
public final class Gate {
  private final AccessPolicy policy;
  private final Actor actor;
  private final Operation operation;
  private final Scope scope;
  // made on first use: most calls name one household and few persons (issue 13, allocation per call)
  private Set<HouseholdId> households;
  private Set<PersonId> persons;
  private Set<HouseholdId> refused;
  private boolean decided;

  Gate(AccessPolicy policy, Actor actor, Operation operation, Scope scope) {
    this.policy = policy;
    this.actor = actor;
    this.operation = operation;
    this.scope = scope;
  }

  /** {@return the actor who asks} */
  public Actor actor() {
    return actor;
  }

  /** {@return the scope the actor is granted this operation in: queries choose their storage filter by it} */
  public Scope scope() {
    return scope;
  }

  /**
   * Lets the call go on if the policy allows it on {@code target}.
   *
   * @param target what the call reads or changes
   * @throws AccessDeniedException otherwise, always with the same message
   */
  public void check(AccessTarget target) {
    if (!policy.allows(actor, operation, target)) {
      refused = added(refused, target.households());
      throw AccessDeniedException.denied();
    }
    households = added(households, target.households());
    decided = true;
  }

  /**
   * {@return {@code subject}, once the policy allows the call on its target}
   *
   * @param subject what was loaded
   * @param targetOf its target
   * @param <T> its type
   */
  public <T> T check(T subject, Function<? super T, AccessTarget> targetOf) {
    check(targetOf.apply(subject));
    return subject;
  }

  /**
   * {@return the items of a query the policy allows, in order} The storage query already filtered by scope; this
   * second look applies the host's conditions and guards against an adapter that returned too much.
   *
   * @param items what the storage query returned
   * @param targetOf the target of each
   * @param <T> their type
   */
  public <T> List<T> filter(List<T> items, Function<? super T, AccessTarget> targetOf) {
    decided = true;
    return items.stream().filter(item -> {
      AccessTarget target = targetOf.apply(item);
      boolean allowed = policy.allows(actor, operation, target);
      if (allowed) {
        households = added(households, target.households());
      }
      return allowed;
    }).toList();
  }

  /**
   * Names a household the call concerns, such as the one it just registered.
   *
   * @param household the household
   */
  public void concerns(HouseholdId household) {
    households = added(households, Set.of(household));
  }

  /**
   * Names people the call reads or changes the data of (a household's members, a person exported), for the audit
   * trail's per-person queries.
   *
   * @param people their ids
   */
  public void concernsPeople(Collection<PersonId> people) {
    persons = added(persons, people);
  }

  Operation operation() {
    return operation;
  }

  Set<HouseholdId> households() {
    return copy(households);
  }

  Set<PersonId> persons() {
    return copy(persons);
  }

  Set<HouseholdId> refused() {
    return copy(refused);
  }

  /**
   * {@code set} with {@code items}: the first items kept as they are when already an immutable set (an
   * {@link AccessTarget}'s), so that the usual call, which names one household, copies nothing (issue 13).
   */
  private static <T> Set<T> added(Set<T> set, Collection<? extends T> items) {
    if (items.isEmpty()) {
      return set;
    }
    if (set == null) {
      return Set.copyOf(items);
    }
    if (set.containsAll(items)) {
      return set;
    }
    Set<T> target = set instanceof LinkedHashSet ? set : new LinkedHashSet<>(set);
    target.addAll(items);
    return target;
  }

  private static <T> Set<T> copy(Set<T> set) {
    return set == null ? Set.of() : Set.copyOf(set);
  }

  void requireDecided() {
    if (!decided) {
      throw new IllegalStateException("operation " + operation.code() + " ran without asking the access policy");
    }
  }
}
