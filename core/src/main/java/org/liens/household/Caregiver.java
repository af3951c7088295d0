package org.liens.household;

import java.util.List;
import org.liens.shared.Checks;
import org.liens.shared.PersonName;

/**
 * A family caregiver (aidant familial) of the household and the people they care for (MAPA, R1). A caregiver
 * may also be one of the household's parents: then they share the parent's id.
 *
 * @param id the person's id, kept for the life of the household; a parent's id when the caregiver is that parent
 * @param name the caregiver's name
 * @param caresFor the people they care for
 */
public record Caregiver(PersonId id, PersonName name, List<CaredForPerson> caresFor) {
  /**
   * Checks the components: {@code id} and {@code name} required; {@code caresFor} copied
   * unmodifiable, without null element.
   *
   * @param id the person's id, kept for the life of the household; a parent's id when the caregiver is that parent
   * @param name the caregiver's name
   * @param caresFor the people they care for
   */
  public Caregiver {
    Checks.required(id, "caregiver id");
    Checks.required(name, "caregiver name");
    caresFor = Checks.listOf(caresFor, "caresFor");
  }

  /**
   * A caregiver the household does not know yet, with a new id ({@link PersonId#random()}).
   *
   * @param name the caregiver's name
   * @param caresFor the people they care for
   */
  public Caregiver(PersonName name, List<CaredForPerson> caresFor) {
    this(PersonId.random(), name, caresFor);
  }

  /**
   * {@return the parent {@code parent} as a caregiver too: same id, same name}
   *
   * @param parent a parent of the household
   * @param caresFor the people they care for
   */
  public static Caregiver asParent(Parent parent, List<CaredForPerson> caresFor) {
    Checks.required(parent, "parent");
    return new Caregiver(parent.id(), parent.name(), caresFor);
  }

  /**
   * {@return whether they care for someone with a disability, a long illness or a rare illness (MAPA eligibility)}
   */
  public boolean caresForSomeoneWithACondition() {
    return caresFor.stream().anyMatch(p -> !p.conditions().isEmpty());
  }

  @Override
  public String toString() {
    return "Caregiver[redacted]";
  }
}
