package org.liens.shared;

/**
 * The name of a person (a parent, a caregiver, a child). Personal data: {@link #toString()} does not reveal it,
 * so a name never reaches a log by accident. Equality ignores surrounding white space, not case.
 *
 * @param given the given name (prénom), never blank
 * @param family the family name (nom), never blank
 */
public record PersonName(String given, String family) {
  /**
   * Checks the components: {@code given} and {@code family} a bounded, non-blank text.
   *
   * @param given the given name (prénom), never blank
   * @param family the family name (nom), never blank
   */
  public PersonName {
    given = Checks.name(given, "given name");
    family = Checks.name(family, "family name");
  }

  /**
   * {@return the name of a person}
   *
   * @param given the given name
   * @param family the family name
   */
  public static PersonName of(String given, String family) {
    return new PersonName(given, family);
  }

  /** {@return "Given Family", for documents addressed to the person} */
  public String fullName() {
    return given + " " + family;
  }

  @Override
  public String toString() {
    return "PersonName[redacted]";
  }
}
