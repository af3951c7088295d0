package org.liens.agreement;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.pricing.VatRegime;
import org.liens.shared.Checks;

/**
 * A place of a funding agreement taken by an accompaniment when it was validated (R8, R10), with the price of
 * the place frozen from the agreement line. A released place (a cancelled accompaniment) keeps its history.
 *
 * @param accompaniment the accompaniment holding it
 * @param offer its offer
 * @param takenOn the validation date
 * @param price the TTC price of the place
 * @param vat the VAT regime of that price
 * @param releasedOn when it was given back, if it was
 */
public record Place(
    AccompanimentId accompaniment, OfferCode offer, LocalDate takenOn, Money price, VatRegime vat,
    Optional<LocalDate> releasedOn) {
  /**
   * Checks the components: {@code accompaniment}, {@code offer}, {@code vat} and {@code releasedOn} required; {@code
   * takenOn} within the supported date range; and the rules stated for the type.
   *
   * @param accompaniment the accompaniment holding it
   * @param offer its offer
   * @param takenOn the validation date
   * @param price the TTC price of the place
   * @param vat the VAT regime of that price
   * @param releasedOn when it was given back, if it was
   */
  public Place {
    Checks.requiredAll("accompaniment, offer", accompaniment, offer);
    Checks.date(takenOn, "takenOn");
    Money.positive(price, "price");
    Checks.requiredAll("vat, releasedOn", vat, releasedOn);
    releasedOn.ifPresent(r -> Checks.check(!r.isBefore(takenOn),
        "a place is released on or after it was taken"));
  }

  /**
   * {@return whether the place is held on {@code date}: taken on or before it, not released on or before it}
   *
   * @param date the day tested
   */
  public boolean heldOn(LocalDate date) {
    return !takenOn.isAfter(date) && releasedOn.map(date::isBefore).orElse(true);
  }

  /** {@return whether the place is still held (not released)} */
  public boolean held() {
    return releasedOn.isEmpty();
  }
}
