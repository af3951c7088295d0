package org.liens.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

class VatBreakdownProperties {

  @Provide
  Arbitrary<VatRate> rates() {
    return Arbitraries.oneOf(
        Arbitraries.of(VatRate.REDUCED_5_5, VatRate.INTERMEDIATE_10, VatRate.STANDARD_20),
        Arbitraries.integers().between(1, 9999).map(bp -> new VatRate(BigDecimal.valueOf(bp, 2))));
  }

  @Provide
  Arbitrary<VatRegime> regimes() {
    return Arbitraries.oneOf(Arbitraries.just(VatRegime.exempt()), rates().map(VatRegime::taxed));
  }

  @Property
  @Label("HT + TVA = TTC exactly, for any amount and any rate")
  void netPlusVatIsGross(@ForAll @LongRange(min = 0, max = Money.MAX_CENTS) long cents, @ForAll("rates") VatRate rate) {
    Money gross = Money.ofCents(cents);
    VatBreakdown b = VatBreakdown.of(gross, VatRegime.taxed(rate));
    assertThat(b.net().plus(b.vat())).isEqualTo(gross);
    assertThat(b.net().isNegative() || b.vat().isNegative()).isFalse();
  }

  @Property
  @Label("TVA is within one cent of HT × rate, and equals it rounded whenever some HT allows it")
  void vatIsTheRoundedTaxOfTheNetWheneverPossible(
      @ForAll @LongRange(min = 0, max = 10_000_000) long cents, @ForAll("rates") VatRate rate) {
    Money gross = Money.ofCents(cents);
    VatRegime regime = VatRegime.taxed(rate);
    VatBreakdown b = VatBreakdown.of(gross, regime);
    BigDecimal exactVat = BigDecimal.valueOf(b.net().cents()).multiply(rate.fraction());
    assertThat(BigDecimal.valueOf(b.vat().cents()).subtract(exactVat).abs()).isLessThan(BigDecimal.ONE);
    boolean consistent = b.vatIsRoundedNetTimesRate(regime);
    if (!consistent) {
      // no other net amount near it satisfies both HT + round(HT × rate) = TTC
      for (long net = Math.max(0, b.net().cents() - 2); net <= b.net().cents() + 2; net++) {
        Money n = Money.ofCents(net);
        assertThat(n.plus(n.times(rate.fraction()))).isNotEqualTo(gross);
      }
    }
    Statistics.label("EN 16931 check").collect(consistent ? "TVA = round(HT × rate)" : "no HT can satisfy it");
    Statistics.label("EN 16931 check").coverage(c -> {
      c.check("TVA = round(HT × rate)").percentage(p -> p > 50);
      c.check("no HT can satisfy it").count(n -> n > 0);
    });
  }

  @Property
  @Label("Exempt: HT = TTC and no TVA")
  void exemptHasNoVat(@ForAll @LongRange(min = 0, max = Money.MAX_CENTS) long cents) {
    VatBreakdown b = VatBreakdown.of(Money.ofCents(cents), VatRegime.exempt());
    assertThat(b.net()).isEqualTo(Money.ofCents(cents));
    assertThat(b.vat()).isEqualTo(Money.ZERO);
  }

  @Property
  @Label("Per line: every line and every VAT regime adds up, HT + TVA = TTC")
  void linesAddUpPerRegime(
      @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 500_000) Long> cents,
      @ForAll("regimes") VatRegime first, @ForAll("regimes") VatRegime second) {
    List<Money> grosses = cents.stream().map(Money::ofCents).toList();
    List<VatRegime> regimes = new ArrayList<>();
    for (int i = 0; i < grosses.size(); i++) {
      regimes.add(i % 2 == 0 ? first : second);
    }
    List<VatBreakdown> lines = VatBreakdown.perLine(grosses, regimes);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i).gross()).isEqualTo(grosses.get(i));
      assertThat(lines.get(i).net().isNegative() || lines.get(i).vat().isNegative()).isFalse();
    }
    for (VatRegime regime : List.of(first, second)) {
      List<VatBreakdown> ofRegime = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (regimes.get(i).equals(regime)) {
          ofRegime.add(lines.get(i));
        }
      }
      Money gross = Money.sum(ofRegime.stream().map(VatBreakdown::gross).toList());
      VatBreakdown total = VatBreakdown.of(gross, regime);
      assertThat(Money.sum(ofRegime.stream().map(VatBreakdown::net).toList())).isEqualTo(total.net());
      assertThat(Money.sum(ofRegime.stream().map(VatBreakdown::vat).toList())).isEqualTo(total.vat());
    }
  }

  @Example
  @Label("Worked examples: 1800 € TTC at 20 %, 55 € at 5.5 %, 2000 € at 10 %, exempt")
  void workedExamples() {
    assertThat(VatBreakdown.of(Money.euros(1800), VatRegime.taxed(VatRate.STANDARD_20)))
        .isEqualTo(new VatBreakdown(Money.euros(1500), Money.euros(300), Money.euros(1800)));
    assertThat(VatBreakdown.of(Money.euros(55), VatRegime.taxed(VatRate.REDUCED_5_5)))
        .isEqualTo(new VatBreakdown(Money.parse("52.13"), Money.parse("2.87"), Money.euros(55)));
    assertThat(VatBreakdown.of(Money.euros(2000), VatRegime.taxed(VatRate.INTERMEDIATE_10)))
        .isEqualTo(new VatBreakdown(Money.parse("1818.18"), Money.parse("181.82"), Money.euros(2000)));
    assertThat(VatBreakdown.of(Money.euros(900), VatRegime.exempt()))
        .isEqualTo(new VatBreakdown(Money.euros(900), Money.ZERO, Money.euros(900)));
    VatBreakdown gap = VatBreakdown.of(Money.ofCents(3), VatRegime.taxed(VatRate.STANDARD_20));
    assertThat(gap.vatIsRoundedNetTimesRate(VatRegime.taxed(VatRate.STANDARD_20))).isFalse();
  }
}
