package org.liens.household;

import java.util.Set;
import org.liens.shared.Checks;
import org.liens.shared.PersonName;

/**
 * A person a family caregiver looks after (MAPA): a child, spouse, sibling or elder, with the conditions that
 * call for care. The conditions are health data.
 *
 * @param name the person's name
 * @param relationship how the caregiver is related to them
 * @param conditions disability, long illness, rare illness; empty when none is declared
 */
public record CaredForPerson(PersonName name, Relationship relationship, Set<Condition> conditions) {
  public CaredForPerson {
    Checks.required(name, "cared-for person name");
    Checks.required(relationship, "relationship");
    conditions = Checks.setOf(conditions, "conditions");
  }

  @Override
  public String toString() {
    return "CaredForPerson[redacted]";
  }
}
