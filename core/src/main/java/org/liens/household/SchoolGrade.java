package org.liens.household;

/**
 * French school grades, in order. ARCS workshops take children "à partir du CP (6 ans)" up to the
 * baccalauréat and beyond (R9).
 */
public enum SchoolGrade {
  /** Petite section de maternelle (about 3 years). */
  PS("petite section"),
  /** Moyenne section de maternelle (about 4 years). */
  MS("moyenne section"),
  /** Grande section de maternelle (about 5 years). */
  GS("grande section"),
  /** Cours préparatoire (about 6 years): the first grade ARCS takes (R9). */
  CP("CP"),
  /** Cours élémentaire 1. */
  CE1("CE1"),
  /** Cours élémentaire 2. */
  CE2("CE2"),
  /** Cours moyen 1. */
  CM1("CM1"),
  /** Cours moyen 2. */
  CM2("CM2"),
  /** Sixième, first year of collège. */
  SIXIEME("6e"),
  /** Cinquième. */
  CINQUIEME("5e"),
  /** Quatrième. */
  QUATRIEME("4e"),
  /** Troisième, last year of collège. */
  TROISIEME("3e"),
  /** Seconde, first year of lycée. */
  SECONDE("2de"),
  /** Première. */
  PREMIERE("1re"),
  /** Terminale, the baccalauréat year. */
  TERMINALE("terminale"),
  /** Higher education, after the baccalauréat (R9: "and beyond"). */
  HIGHER_EDUCATION("études supérieures");

  private final String label;

  SchoolGrade(String label) {
    this.label = label;
  }

  /** {@return the usual French label ("CE1", "6e")} */
  public String label() {
    return label;
  }

  /**
   * {@return whether this grade is {@code other} or above}
   *
   * @param other the grade compared with
   */
  public boolean isAtLeast(SchoolGrade other) {
    return compareTo(other) >= 0;
  }
}
