package org.liens.pricing;

/** What a line of a quote or an invoice counts, with its French label. */
public enum QuantityUnit {
  /** A whole module of a fixed-duration offer (MIP, MADI, MAPA: six months). */
  MODULE("module"),
  /** An hour of individual workshop (ARCS, 55 € TTC). */
  HOUR("h"),
  /** One session of one group workshop (ARCS group model: 900 € / 6 = 150 € for one hour). */
  GROUP_SESSION("séance de groupe"),
  /** A trip of the practitioner to the ordering institution. */
  TRIP("déplacement"),
  /** A kilometre travelled. */
  KILOMETRE("km");

  private final String label;

  QuantityUnit(String label) {
    this.label = label;
  }

  /** {@return the French label printed after the quantity} */
  public String label() {
    return label;
  }
}
