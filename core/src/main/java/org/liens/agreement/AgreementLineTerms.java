package org.liens.agreement;

import java.util.Optional;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.pricing.VatRegime;
import org.liens.shared.Checks;

/**
 * What the parties agree for one offer, before prices are resolved: a number of places, and optionally a
 * negotiated price and VAT regime. Without a price, the place costs the offer's module tariff in force on the
 * agreement's first day; without a VAT regime, the regime of the offer's tariff (exempt if the book has none).
 *
 * @param offer the offer covered
 * @param places one or more
 * @param unitPrice a negotiated TTC price of one place, if any
 * @param vat a VAT regime, if it differs from the tariff's
 */
public record AgreementLineTerms(OfferCode offer, int places, Optional<Money> unitPrice, Optional<VatRegime> vat) {
  /**
   * Checks the components: {@code offer} required; {@code unitPrice} and {@code vat} an {@code Optional}, never null;
   * and the rules stated for the type.
   *
   * @param offer the offer covered
   * @param places one or more
   * @param unitPrice a negotiated TTC price of one place, if any
   * @param vat a VAT regime, if it differs from the tariff's
   */
  public AgreementLineTerms {
    Checks.required(offer, "offer");
    Checks.check(places >= 1, "an agreement line has one place or more");
    Checks.optional(unitPrice, "unitPrice").ifPresent(p -> p.requirePositive("unitPrice"));
    Checks.optional(vat, "vat");
  }

  /**
   * {@return {@code places} places at the tariff}
   *
   * @param offer the offer (R1)
   * @param places one or more
   */
  public static AgreementLineTerms atTariff(OfferCode offer, int places) {
    return new AgreementLineTerms(offer, places, Optional.empty(), Optional.empty());
  }

  /**
   * {@return {@code places} places at a negotiated price}
   *
   * @param offer the offer (R1)
   * @param places one or more
   * @param unitPrice the negotiated TTC price of one place
   */
  public static AgreementLineTerms negotiated(OfferCode offer, int places, Money unitPrice) {
    return new AgreementLineTerms(offer, places, Optional.of(Checks.required(unitPrice, "unitPrice")), Optional.empty());
  }
}
