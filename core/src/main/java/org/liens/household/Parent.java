package org.liens.household;

import org.liens.shared.Checks;
import org.liens.shared.PersonName;

/** A parent of the household, in whose name a DIA may be written (R8). */
public record Parent(PersonName name) {
  public Parent {
    Checks.required(name, "parent name");
  }

  public static Parent named(String given, String family) {
    return new Parent(PersonName.of(given, family));
  }
}
