package org.liens.workshop;

import java.math.BigDecimal;
import java.util.Optional;
import org.liens.pricing.Money;
import org.liens.pricing.PricedLine;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.shared.Checks;

/**
 * The practitioner's travel quoted for a group workshop (R3: "déplacements ?"): none, a number of trips at a
 * unit cost, or a distance at a rate per kilometre. Travel is billed at the workshop's VAT regime, being an
 * accessory of the service.
 */
public sealed interface Travel {

  /** {@return the quote line for the travel, if any} */
  Optional<PricedLine> line();

  /** {@return no travel cost} */
  static Travel none() {
    return new None();
  }

  /**
   * {@return {@code trips × unitCost}}
   *
   * @param trips the number of trips
   * @param unitCost the cost of one trip
   */
  static Travel perTrip(int trips, Money unitCost) {
    return new PerTrip(trips, unitCost);
  }

  /**
   * {@return {@code kilometres × ratePerKm}, rounded once}
   *
   * @param kilometres the distance travelled, in km
   * @param ratePerKm the cost of one kilometre
   */
  static Travel byDistance(BigDecimal kilometres, Money ratePerKm) {
    return new ByDistance(kilometres, ratePerKm);
  }

  /** No travel is billed (the workshop takes place at the practitioner's). */
  record None() implements Travel {
    @Override
    public Optional<PricedLine> line() {
      return Optional.empty();
    }
  }

  /**
   * A number of trips at a unit cost.
   *
   * @param trips one or more
   * @param unitCost the TTC cost of one trip, more than zero
   */
  record PerTrip(int trips, Money unitCost) implements Travel {
    /**
     * Checks the components against the rules stated for the type.
     *
     * @param trips the number of trips
     * @param unitCost the cost of one trip
     */
    public PerTrip {
      Checks.check(trips >= 1, "travel is at least one trip");
      Money.positive(unitCost, "unitCost");
    }

    @Override
    public Optional<PricedLine> line() {
      return Optional.of(new PricedLine("Déplacements", Quantity.of(trips, QuantityUnit.TRIP), unitCost));
    }
  }

  /**
   * A distance at a rate per kilometre.
   *
   * @param kilometres more than zero, at most three decimals
   * @param ratePerKm the TTC rate of one kilometre, more than zero
   */
  record ByDistance(BigDecimal kilometres, Money ratePerKm) implements Travel {
    /**
     * Checks the components: {@code kilometres} required; and the rules stated for the type.
     *
     * @param kilometres the distance travelled, in km
     * @param ratePerKm the cost of one kilometre
     */
    public ByDistance {
      Checks.required(kilometres, "kilometres");
      Checks.check(kilometres.signum() > 0, "a distance is more than zero");
      Money.positive(ratePerKm, "ratePerKm");
      Quantity.decimal(kilometres, QuantityUnit.KILOMETRE);
    }

    @Override
    public Optional<PricedLine> line() {
      return Optional.of(new PricedLine("Déplacements", Quantity.decimal(kilometres, QuantityUnit.KILOMETRE), ratePerKm));
    }
  }
}
