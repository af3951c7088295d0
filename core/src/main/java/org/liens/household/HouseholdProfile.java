package org.liens.household;

import java.util.List;
import java.util.Optional;
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
 * parent ("un parent séparé en situation de famille monoparentale").
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
    if (parents.stream().map(Parent::name).distinct().count() < parents.size()) {
      throw composition("the same parent appears twice in a household");
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

  /** {@return the names of the parents, then of the caregivers who are not also parents} */
  public List<PersonName> adults() {
    return Stream.concat(parents.stream().map(Parent::name), caregivers.stream().map(Caregiver::name))
        .distinct()
        .toList();
  }

  /** {@return whether {@code name} is one of the household's parents} */
  public boolean hasParent(PersonName name) {
    return parents.stream().anyMatch(p -> p.name().equals(name));
  }

  /** {@return whether {@code name} is one of the household's caregivers} */
  public boolean hasCaregiver(PersonName name) {
    return caregivers.stream().anyMatch(c -> c.name().equals(name));
  }

  @Override
  public String toString() {
    return "HouseholdProfile[parents=" + parents.size() + ", singleParent=" + singleParent + ", children="
        + children.size() + ", caregivers=" + caregivers.size() + ", employment=" + employment
        + ", belowPovertyLine=" + belowPovertyLine + "]";
  }

  /** Builds a {@link HouseholdProfile}; {@link #build()} checks every rule. */
  public static final class Builder {
    private final List<Parent> parents = new java.util.ArrayList<>();
    private boolean singleParent;
    private final List<Child> children = new java.util.ArrayList<>();
    private final List<Caregiver> caregivers = new java.util.ArrayList<>();
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
