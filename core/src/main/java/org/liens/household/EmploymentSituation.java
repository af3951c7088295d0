package org.liens.household;

/**
 * The household's main employment situation, as the published figures count it (R11: "55 % salariés ou
 * indépendants, près de 30 % relevant du RSA").
 */
public enum EmploymentSituation {
  EMPLOYED,
  SELF_EMPLOYED,
  /** Receives the revenu de solidarité active. */
  RSA,
  OTHER;

  /** Employed or self-employed, the first group of the published figures. */
  public boolean inWork() {
    return this == EMPLOYED || this == SELF_EMPLOYED;
  }
}
