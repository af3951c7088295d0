package org.liens.pricing;

import org.liens.catalog.Offer;
import org.liens.catalog.OfferDuration;
import org.liens.shared.Checks;

/** What a tariff prices (R3). */
public enum PriceBasis {
  /** The whole module of a fixed-duration offer: MIP 1800 €, MADI 2000 €, MAPA 1800 € TTC for six months. */
  MODULE,
  /** One hour of individual workshop: ARCS 55 € TTC. */
  HOUR,
  /** The indicative group-workshop model quotes are built on: ARCS, 6 children, 6 weekly one-hour sessions, 900 € TTC. */
  GROUP_MODEL;

  /**
   * {@return the basis an accompaniment of {@code offer} is priced on: a module for fixed durations, an hour per
   * session}
   *
   * @param offer the offer, as in the catalogue
   */
  public static PriceBasis forAccompaniment(Offer offer) {
    return Checks.required(offer, "offer").duration() instanceof OfferDuration.PerSession ? HOUR : MODULE;
  }
}
