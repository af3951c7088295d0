package org.liens.household;

import org.liens.shared.Checks;
import org.liens.shared.PersonName;

/**
 * A parent of the household, in whose name a DIA may be written (R8). The id is who they are; the name is an
 * attribute (two parents may share a name).
 *
 * @param id the person's id, kept for the life of the household
 * @param name the parent's name
 */
public record Parent(PersonId id, PersonName name) {
  /**
   * Checks the components: {@code id} and {@code name} required.
   *
   * @param id the person's id, kept for the life of the household
   * @param name the parent's name
   */
  public Parent {
    Checks.required(id, "parent id");
    Checks.required(name, "parent name");
  }

  /**
   * A parent the household does not know yet, with a new id ({@link PersonId#random()}).
   *
   * @param name the parent's name
   */
  public Parent(PersonName name) {
    this(PersonId.random(), name);
  }

  /**
   * {@return a parent the household does not know yet, with a new id}
   *
   * @param given the given name
   * @param family the family name
   */
  public static Parent named(String given, String family) {
    return new Parent(PersonName.of(given, family));
  }
}
