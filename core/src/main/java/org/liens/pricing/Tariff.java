package org.liens.pricing;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;

/**
 * One dated price of an offer (R3): in force from {@code effectiveFrom} until the next dated value of the same
 * offer and basis, like an OpenFisca parameter. The price is TTC, with its {@link VatRegime}. An accompaniment
 * keeps a copy of the tariff in force on its first appointment ({@code Accompaniment#tariff()}), so a later
 * tariff never changes what it costs.
 *
 * @param offer the offer priced
 * @param basis what the price is for: a module, an hour, a group model
 * @param effectiveFrom the first day this price applies
 * @param price the TTC price, more than zero
 * @param vat the VAT regime of the price
 * @param groupModel the group model, present exactly when the basis is {@link PriceBasis#GROUP_MODEL}
 */
public record Tariff(
    OfferCode offer, PriceBasis basis, LocalDate effectiveFrom, Money price, VatRegime vat,
    Optional<GroupModel> groupModel) {

  /**
   * Checks the components: {@code offer}, {@code basis}, {@code effectiveFrom}, {@code vat} and {@code groupModel}
   * required; and the rules stated for the type.
   *
   * @param offer the offer priced
   * @param basis what the price is for: a module, an hour, a group model
   * @param effectiveFrom the first day this price applies
   * @param price the TTC price, more than zero
   * @param vat the VAT regime of the price
   * @param groupModel the group model, present exactly when the basis is {@link PriceBasis#GROUP_MODEL}
   */
  public Tariff {
    Checks.requiredAll("offer, basis, effectiveFrom", offer, basis, effectiveFrom);
    Money.positive(price, "price");
    Checks.requiredAll("vat, groupModel", vat, groupModel);
    Checks.check(groupModel.isPresent() == (basis == PriceBasis.GROUP_MODEL),
        "a group model is given exactly for the GROUP_MODEL basis");
  }

  /**
   * {@return a price of a module or an hour}
   *
   * @param offer the offer (R1)
   * @param basis what the price is for (a module, an hour, a group session)
   * @param effectiveFrom the first day the price applies
   * @param price the price of one unit, tax included
   * @param vat the VAT regime of the price
   */
  public static Tariff of(OfferCode offer, PriceBasis basis, LocalDate effectiveFrom, Money price, VatRegime vat) {
    return new Tariff(offer, basis, effectiveFrom, price, vat, Optional.empty());
  }

  /**
   * {@return the price of a group-workshop model}
   *
   * @param offer the offer (R1)
   * @param effectiveFrom the first day the price applies
   * @param model the group-workshop model priced: sessions, their length, children per group
   * @param price the price of the whole model, tax included
   * @param vat the VAT regime of the price
   */
  public static Tariff groupModel(
      OfferCode offer, LocalDate effectiveFrom, Money price, VatRegime vat, GroupModel model) {
    return new Tariff(offer, PriceBasis.GROUP_MODEL, effectiveFrom, price, vat,
        Optional.of(Checks.required(model, "model")));
  }

  /** {@return the breakdown of the price into HT and TVA} */
  public VatBreakdown breakdown() {
    return VatBreakdown.of(price, vat);
  }
}
