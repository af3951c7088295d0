package org.liens.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.PersonName;

/**
 * What Liens knows of a household: the people (parents, children, caregivers and cared-for persons) and the
 * fields the published figures need (R11: single-parent families, employment situation, poverty line).
 *
 * <p>Rules: at most two parents; at least one parent or one caregiver; a single-parent household has exactly one
 * parent ("un parent séparé en situation de famille monoparentale"). Every person has a {@link PersonId}: a person
 * appears once in each list, and one id is one person (a caregiver who is also a parent has the parent's id and
 * name). Names are attributes: two people may share one. An update keeps the ids of the people it keeps: build it
 * from the current profile ({@link #toBuilder()}); a person added without an id gets a new one.
 *
 * @param parents one or two parents (none only in a caregivers-only MAPA household)
 * @param singleParent famille monoparentale
 * @param children the children, with birth dates and grades
 * @param caregivers family caregivers and whom they care for
 * @param employment the household's main employment situation
 * @param belowPovertyLine whether the household lives under the poverty line
 * @param territory the host's code for where the household lives (an INSEE commune code, a sector), if any
 */
public record HouseholdProfile(
    List<Parent> parents,
    boolean singleParent,
    List<Child> children,
    List<Caregiver> caregivers,
    EmploymentSituation employment,
    boolean belowPovertyLine,
    Optional<String> territory) {

  /** The most parents a household profile names. */
  public static final int MAX_PARENTS = 2;

  /**
   * Checks the components: {@code employment} required; {@code parents}, {@code children} and {@code caregivers}
   * copied unmodifiable, without null element; {@code territory} an {@code Optional}, never null; and the rules
   * stated for the type.
   *
   * @param parents one or two parents (none only in a caregivers-only MAPA household)
   * @param singleParent famille monoparentale
   * @param children the children, with birth dates and grades
   * @param caregivers family caregivers and whom they care for
   * @param employment the household's main employment situation
   * @param belowPovertyLine whether the household lives under the poverty line
   * @param territory the host's code for where the household lives (an INSEE commune code, a sector), if any
   */
  public HouseholdProfile {
    parents = Checks.listOf(parents, "parents");
    children = Checks.listOf(children, "children");
    caregivers = Checks.listOf(caregivers, "caregivers");
    Checks.required(employment, "employment");
    territory = Checks.optional(territory, "territory").map(t -> Checks.name(t, "territory"));
    if (parents.size() > MAX_PARENTS) {
      throw composition("a household has at most " + MAX_PARENTS + " parents, got " + parents.size());
    }
    if (parents.isEmpty() && caregivers.isEmpty()) {
      throw composition("a household needs at least one parent or one caregiver");
    }
    if (parents.stream().map(Parent::id).distinct().count() < parents.size()) {
      throw composition("the same parent appears twice in a household");
    }
    if (children.stream().map(Child::id).distinct().count() < children.size()
        || caregivers.stream().map(Caregiver::id).distinct().count() < caregivers.size()) {
      throw composition("the same person appears twice in a list of the household");
    }
    Map<PersonId, PersonName> names = new HashMap<>();
    boolean onePersonPerId = people(parents, children, caregivers)
        .allMatch(p -> names.computeIfAbsent(p.getKey(), k -> p.getValue()).equals(p.getValue()));
    if (!onePersonPerId) {
      throw composition("one person id names two different people of the household");
    }
    if (singleParent && parents.size() != 1) {
      throw composition("a single-parent household has exactly one parent, got " + parents.size());
    }
  }

  private static InvalidInputException composition(String message) {
    return new InvalidInputException(ErrorCode.INVALID_HOUSEHOLD_COMPOSITION, message);
  }

  /** {@return a builder for the common case; lists start empty, employment {@code OTHER}, flags false} */
  public static Builder builder() {
    return new Builder();
  }

  /** Every person entry of the lists, as (id, name), cared-for persons included. */
  private static Stream<Map.Entry<PersonId, PersonName>> people(
      List<Parent> parents, List<Child> children, List<Caregiver> caregivers) {
    return Stream.of(
            parents.stream().map(p -> Map.entry(p.id(), p.name())),
            children.stream().map(c -> Map.entry(c.id(), c.name())),
            caregivers.stream().map(c -> Map.entry(c.id(), c.name())),
            caregivers.stream().flatMap(c -> c.caresFor().stream()).map(p -> Map.entry(p.id(), p.name())))
        .flatMap(s -> s);
  }

  /** {@return the ids of the parents, then of the caregivers who are not also parents} */
  public List<PersonId> adults() {
    return Stream.concat(parents.stream().map(Parent::id), caregivers.stream().map(Caregiver::id))
        .distinct()
        .toList();
  }

  /** {@return the ids of every person of the household: parents, children, caregivers, cared-for persons} */
  public Set<PersonId> personIds() {
    return people(parents, children, caregivers).map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * {@return whether {@code person} is one of the household's parents}
   *
   * @param person a person's id
   */
  public boolean hasParent(PersonId person) {
    for (int i = 0; i < parents.size(); i++) {
      if (parents.get(i).id().equals(person)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether {@code person} is one of the household's caregivers}
   *
   * @param person a person's id
   */
  public boolean hasCaregiver(PersonId person) {
    for (int i = 0; i < caregivers.size(); i++) {
      if (caregivers.get(i).id().equals(person)) {
        return true;
      }
    }
    return false;
  }

  /** {@return a builder holding this profile, people and ids included: what an update starts from} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.parents.addAll(parents);
    builder.children.addAll(children);
    builder.caregivers.addAll(caregivers);
    return builder.singleParent(singleParent).employment(employment).belowPovertyLine(belowPovertyLine)
        .territory(territory.orElse(null));
  }

  @Override
  public String toString() {
    return "HouseholdProfile[parents=" + parents.size() + ", singleParent=" + singleParent + ", children="
        + children.size() + ", caregivers=" + caregivers.size() + ", employment=" + employment
        + ", belowPovertyLine=" + belowPovertyLine + "]";
  }

  /** Builds a {@link HouseholdProfile}; {@link #build()} checks every rule. */
  public static final class Builder {
    private final List<Parent> parents = new ArrayList<>();
    private boolean singleParent;
    private final List<Child> children = new ArrayList<>();
    private final List<Caregiver> caregivers = new ArrayList<>();
    private EmploymentSituation employment = EmploymentSituation.OTHER;
    private boolean belowPovertyLine;
    private Optional<String> territory = Optional.empty();

    private Builder() {}

    /**
     * Adds a parent (at most {@value HouseholdProfile#MAX_PARENTS}).
     *
     * @param parent the parent
     * @return this builder
     */
    public Builder parent(Parent parent) {
      parents.add(parent);
      return this;
    }

    /**
     * Sets whether the household is single-parent (famille monoparentale, R11).
     *
     * @param value {@code true} for a single-parent household
     * @return this builder
     */
    public Builder singleParent(boolean value) {
      singleParent = value;
      return this;
    }

    /**
     * Adds a child.
     *
     * @param child the child, with birth date and school grade
     * @return this builder
     */
    public Builder child(Child child) {
      children.add(child);
      return this;
    }

    /**
     * Adds a family caregiver (MAPA, R1).
     *
     * @param caregiver the caregiver and whom they care for
     * @return this builder
     */
    public Builder caregiver(Caregiver caregiver) {
      caregivers.add(caregiver);
      return this;
    }

    /**
     * Sets the household's main employment situation (R11).
     *
     * @param value the employment situation
     * @return this builder
     */
    public Builder employment(EmploymentSituation value) {
      employment = value;
      return this;
    }

    /**
     * Sets whether the household lives under the poverty line (R11).
     *
     * @param value {@code true} under the poverty line
     * @return this builder
     */
    public Builder belowPovertyLine(boolean value) {
      belowPovertyLine = value;
      return this;
    }

    /**
     * Sets the host's code for where the household lives.
     *
     * @param value an INSEE commune code, a sector…; {@code null} for none
     * @return this builder
     */
    public Builder territory(String value) {
      territory = Optional.ofNullable(value);
      return this;
    }

    /**
     * Builds the profile; its invariants are checked.
     *
     * @return the profile
     */
    public HouseholdProfile build() {
      return new HouseholdProfile(parents, singleParent, children, caregivers, employment, belowPovertyLine, territory);
    }
  }
}
