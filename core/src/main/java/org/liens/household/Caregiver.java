package org.liens.household;

import java.util.List;
import org.liens.shared.Checks;
import org.liens.shared.PersonName;

/**
 * A family caregiver (aidant familial) of the household and the people they care for (MAPA, R1). A caregiver
 * may also be one of the household's parents.
 */
public record Caregiver(PersonName name, List<CaredForPerson> caresFor) {
  public Caregiver {
    Checks.required(name, "caregiver name");
    caresFor = Checks.listOf(caresFor, "caresFor");
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
