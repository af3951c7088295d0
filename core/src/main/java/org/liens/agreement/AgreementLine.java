package org.liens.agreement;

import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.pricing.VatRegime;
import org.liens.shared.Checks;

/**
 * What a funding agreement buys of one offer (R10: "conventionnement en nombre de places et coûts induits"): a
 * number of places and the TTC price of one place, fixed when the agreement is concluded (the tariff in force
 * on its first day, or a negotiated price). For MIP, MADI and MAPA a place is one accompaniment and its price
 * the module's; for individual ARCS a place is one child's accompaniment and its price the envelope the funder
 * grants for it, sessions being billed at the hourly tariff.
 *
 * @param offer the offer covered
 * @param places the number of places, one or more
 * @param unitPrice the TTC price of one place, more than zero
 * @param vat the VAT regime of that price
 */
public record AgreementLine(OfferCode offer, int places, Money unitPrice, VatRegime vat) {
  /**
   * Checks the components: {@code offer} and {@code vat} required; and the rules stated for the type.
   *
   * @param offer the offer covered
   * @param places the number of places, one or more
   * @param unitPrice the TTC price of one place, more than zero
   * @param vat the VAT regime of that price
   */
  public AgreementLine {
    Checks.required(offer, "offer");
    Checks.check(places >= 1, "an agreement line has one place or more");
    Money.positive(unitPrice, "unitPrice");
    Checks.required(vat, "vat");
  }

  /** {@return {@code places × unitPrice}} */
  public Money budget() {
    return unitPrice.times(places);
  }
}
