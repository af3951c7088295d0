package org.liens.catalog;

/** How many educators an accompaniment's team may have (R5). */
public enum TeamRule {
  /** MIP, MAPA, ARCS: a single educator follows the family ("intervenant unique"). */
  EXACTLY_ONE,
  /** MADI: one or several, including the positive-psychopedagogy practitioner. */
  ONE_OR_MORE;

  /**
   * {@return whether a team of {@code size} educators satisfies the rule}
   *
   * @param size the number of educators on the team
   */
  public boolean allows(int size) {
    return this == EXACTLY_ONE ? size == 1 : size >= 1;
  }
}
