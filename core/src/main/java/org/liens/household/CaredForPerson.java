package org.liens.household;

import java.util.Set;
import org.liens.shared.Checks;
import org.liens.shared.PersonName;

/**
 * A person a family caregiver looks after (MAPA): a child, spouse, sibling or elder, with the conditions that
 * call for care. The conditions are health data.
 *
 * @param id the person's id, kept for the life of the household (a child's id when they are that child)
 * @param name the person's name
 * @param relationship how the caregiver is related to them
 * @param conditions disability, long illness, rare illness; empty when none is declared
 */
public record CaredForPerson(PersonId id, PersonName name, Relationship relationship, Set<Condition> conditions) {
  /**
   * Checks the components: {@code id}, {@code name} and {@code relationship}
   * required; {@code conditions} copied unmodifiable, without null element.
   *
   * @param id the person's id, kept for the life of the household (a child's id when they are that child)
   * @param name the person's name
   * @param relationship how the caregiver is related to them
   * @param conditions disability, long illness, rare illness; empty when none is declared
   */
  public CaredForPerson {
    Checks.required(id, "cared-for person id");
    Checks.required(name, "cared-for person name");
    Checks.required(relationship, "relationship");
    conditions = Checks.setOf(conditions, "conditions");
  }

  /**
   * A cared-for person the household does not know yet, with a new id ({@link PersonId#random()}).
   *
   * @param name the person's name
   * @param relationship how the caregiver is related to them
   * @param conditions disability, long illness, rare illness; empty when none is declared
   */
  public CaredForPerson(PersonName name, Relationship relationship, Set<Condition> conditions) {
    this(PersonId.random(), name, relationship, conditions);
  }

  @Override
  public String toString() {
    return "CaredForPerson[redacted]";
  }
}
