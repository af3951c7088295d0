package org.liens.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * A TTC amount broken down into HT (net) and TVA (VAT), exactly: {@code net + vat == gross}, to the cent, always.
 *
 * <p><b>Rule</b> (DESIGN §6, one rounding): prices are TTC, so the net is derived from the gross:
 * {@code net = gross / (1 + rate)} rounded to the cent half away from zero, and {@code vat = gross - net}.
 * Examples: 1800.00 € TTC at 20 % is 1500.00 HT + 300.00 TVA; 55.00 € TTC at 5.5 % is 52.13 HT + 2.87 TVA;
 * exempt, 1800.00 € TTC is 1800.00 HT + 0.00 TVA.
 *
 * <p>The VAT is then always within one cent of {@code net × rate}, and it equals {@code net × rate} rounded
 * (the EN 16931 check) whenever any net amount can satisfy both that check and {@code net + vat == gross}: if
 * one exists, it is this one. For a few gross amounts (about {@code rate / (1 + rate)} of them, e.g. 0.03 € at
 * 20 %) no net amount can; Liens then keeps the TTC price, which is what the funder agreed to pay, and
 * {@link #vatIsRoundedNetTimesRate(VatRegime)} tells the host.
 *
 * @param net the amount before tax (HT)
 * @param vat the tax (TVA); zero when exempt
 * @param gross the amount with tax (TTC)
 */
public record VatBreakdown(Money net, Money vat, Money gross) {
  /**
   * Checks the components: {@code net}, {@code vat} and {@code gross} required; and the rules stated for the type.
   *
   * @param net the amount before tax (HT)
   * @param vat the tax (TVA); zero when exempt
   * @param gross the amount with tax (TTC)
   */
  public VatBreakdown {
    Checks.required(net, "net");
    Checks.required(vat, "vat");
    Checks.required(gross, "gross");
    if (net.plus(vat).cents() != gross.cents()) {
      throw new InvalidInputException(ErrorCode.INVALID_AMOUNT,
          "HT + TVA must equal TTC: " + net + " + " + vat + " != " + gross);
    }
  }

  /**
   * {@return the breakdown of the TTC amount {@code gross} under {@code regime}}
   *
   * @param gross the amount, tax included
   * @param regime the VAT regime that splits it into net and VAT
   */
  public static VatBreakdown of(Money gross, VatRegime regime) {
    Checks.required(gross, "gross");
    Checks.required(regime, "regime");
    if (regime instanceof VatRegime.Taxed taxed) {
      // exact quotient in cents, rounded once (BigDecimal.divide with a scale rounds the exact result)
      Money net = Money.ofCents(BigDecimal.valueOf(gross.cents())
          .divide(BigDecimal.ONE.add(taxed.rate().fraction()), 0, Money.ROUNDING)
          .longValueExact());
      return new VatBreakdown(net, gross.minus(net), gross);
    }
    return new VatBreakdown(gross, Money.ZERO, gross);
  }

  /**
   * The breakdowns of the lines of one document (an invoice, a credit note), consistent with its totals per VAT
   * regime (DESIGN §6: "totals per VAT rate"; EN 16931: the net total is the sum of the line nets). The lines of
   * each regime are added up, that total is broken down by {@link #of(Money, VatRegime)}, and its net is spread
   * over the lines in proportion to their amounts with {@link MoneySplit} (largest remainder). So for every line
   * {@code net + vat == gross}, and per regime the line nets and VATs add up exactly to the regime's breakdown.
   *
   * @param grosses the TTC amount of each line, zero or more
   * @param regimes the VAT regime of each line
   * @return one breakdown per line, in order
   */
  public static List<VatBreakdown> perLine(List<Money> grosses, List<VatRegime> regimes) {
    List<Money> g = Checks.listOf(grosses, "grosses");
    List<VatRegime> r = Checks.listOf(regimes, "regimes");
    Checks.check(g.size() == r.size(), "one VAT regime per line");
    Map<VatRegime, List<Integer>> byRegime = new LinkedHashMap<>();
    for (int i = 0; i < g.size(); i++) {
      Checks.check(!g.get(i).isNegative(), "line amounts are zero or more");
      byRegime.computeIfAbsent(r.get(i), k -> new ArrayList<>()).add(i);
    }
    VatBreakdown[] result = new VatBreakdown[g.size()];
    byRegime.forEach((regime, indexes) -> {
      List<Money> amounts = indexes.stream().map(g::get).toList();
      VatBreakdown total = of(Money.sum(amounts), regime);
      List<Money> nets = total.gross().isZero()
          ? amounts
          : MoneySplit.byAmounts(total.net(), amounts);
      for (int k = 0; k < indexes.size(); k++) {
        Money gross = amounts.get(k);
        result[indexes.get(k)] = new VatBreakdown(nets.get(k), gross.minus(nets.get(k)), gross);
      }
    });
    return List.of(result);
  }

  /**
   * {@return a breakdown from a net and a VAT amount already known (their sum is the gross)}
   *
   * @param net the amount before tax
   * @param vat the VAT amount
   */
  public static VatBreakdown ofNetAndVat(Money net, Money vat) {
    return new VatBreakdown(net, vat, Checks.required(net, "net").plus(Checks.required(vat, "vat")));
  }

  /**
   * {@return whether the VAT equals {@code net × rate} rounded half away from zero (always true when exempt)}
   *
   * @param regime the regime to check against
   */
  public boolean vatIsRoundedNetTimesRate(VatRegime regime) {
    if (regime instanceof VatRegime.Taxed taxed) {
      return net.times(taxed.rate().fraction()).equals(vat);
    }
    return vat.isZero();
  }
}
