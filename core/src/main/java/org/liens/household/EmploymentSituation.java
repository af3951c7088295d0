package org.liens.household;

/**
 * The household's main employment situation, as the published figures count it (R11: "55 % salariés ou
 * indépendants, près de 30 % relevant du RSA").
 */
public enum EmploymentSituation {
  /** Salarié: in paid employment. */
  EMPLOYED,
  /** Indépendant: self-employed. */
  SELF_EMPLOYED,
  /** Receives the revenu de solidarité active. */
  RSA,
  /** Any other situation. */
  OTHER;

  /** {@return whether employed or self-employed, the first group of the published figures} */
  public boolean inWork() {
    return this == EMPLOYED || this == SELF_EMPLOYED;
  }
}
