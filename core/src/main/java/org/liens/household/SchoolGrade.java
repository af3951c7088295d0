package org.liens.household;

/**
 * French school grades, in order. ARCS workshops take children "à partir du CP (6 ans)" up to the
 * baccalauréat and beyond (R9).
 */
public enum SchoolGrade {
  PS("petite section"),
  MS("moyenne section"),
  GS("grande section"),
  CP("CP"),
  CE1("CE1"),
  CE2("CE2"),
  CM1("CM1"),
  CM2("CM2"),
  SIXIEME("6e"),
  CINQUIEME("5e"),
  QUATRIEME("4e"),
  TROISIEME("3e"),
  SECONDE("2de"),
  PREMIERE("1re"),
  TERMINALE("terminale"),
  HIGHER_EDUCATION("études supérieures");

  private final String label;

  SchoolGrade(String label) {
    this.label = label;
  }

  /** {@return the usual French label ("CE1", "6e")} */
  public String label() {
    return label;
  }

  /** {@return whether this grade is {@code other} or above} */
  public boolean isAtLeast(SchoolGrade other) {
    return compareTo(other) >= 0;
  }
}
