package org.liens.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.liens.fixtures.Shares;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

class MoneySplitProperties {

  /** Shares of 1 to 5 funders, in hundredths of a percent, adding up to exactly 100 %. */
  @Provide
  Arbitrary<List<Percentage>> shares() {
    return Shares.addingUpToHundred(5);
  }

  @Property
  @Label("Co-financing: the funders' parts always add up exactly to the total")
  void partsAddUpToTheTotal(
      @ForAll @LongRange(min = -Money.MAX_CENTS, max = Money.MAX_CENTS) long cents,
      @ForAll("shares") List<Percentage> shares) {
    Money total = Money.ofCents(cents);
    List<Money> parts = MoneySplit.byShares(total, shares);
    assertThat(parts).hasSize(shares.size());
    assertThat(Money.sum(parts)).isEqualTo(total);
    Statistics.label("funders").collect(shares.size() == 1 ? "one" : "several");
  }

  @Property
  @Label("Each part is its exact share rounded down or up, never further")
  void eachPartIsItsExactShareRoundedDownOrUp(
      @ForAll @LongRange(min = 0, max = 100_000_000) long cents, @ForAll("shares") List<Percentage> shares) {
    List<Money> parts = MoneySplit.byShares(Money.ofCents(cents), shares);
    boolean someRoundedUp = false;
    for (int i = 0; i < parts.size(); i++) {
      BigDecimal exact = BigDecimal.valueOf(cents).multiply(shares.get(i).fraction());
      long floor = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
      long part = parts.get(i).cents();
      assertThat(part).isBetween(floor, floor + 1);
      someRoundedUp |= part == floor + 1 && exact.compareTo(BigDecimal.valueOf(floor)) != 0;
    }
    Statistics.label("left-over cents").collect(someRoundedUp ? "given to the largest remainders" : "none");
  }

  @Property
  @Label("Weights: any non-negative weights split any amount into parts that add up")
  void anyWeightsAddUp(
      @ForAll @LongRange(min = 0, max = 10_000_000) long cents,
      @ForAll("weights") List<BigDecimal> weights) {
    assertThat(Money.sum(MoneySplit.byWeights(Money.ofCents(cents), weights))).isEqualTo(Money.ofCents(cents));
  }

  @Provide
  Arbitrary<List<BigDecimal>> weights() {
    Arbitrary<BigDecimal> weight = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(10_000)).ofScale(3);
    return Combinators.combine(weight.list().ofMinSize(0).ofMaxSize(6),
            Arbitraries.bigDecimals().between(new BigDecimal("0.001"), BigDecimal.valueOf(10_000)).ofScale(3))
        .as((list, positive) -> {
          List<BigDecimal> all = new ArrayList<>(list);
          all.add(positive);
          return all;
        });
  }

  @Example
  @Label("Seed 003: 2000 € at 33.33 / 33.33 / 33.34 % is 666.60 + 666.60 + 666.80")
  void coFinancingExamples() {
    List<Percentage> thirds = List.of(Percentage.of("33.33"), Percentage.of("33.33"), Percentage.of("33.34"));
    assertThat(MoneySplit.byShares(Money.euros(2000), thirds))
        .containsExactly(Money.parse("666.60"), Money.parse("666.60"), Money.parse("666.80"));
    assertThat(MoneySplit.byShares(Money.euros(100), thirds))
        .containsExactly(Money.parse("33.33"), Money.parse("33.33"), Money.parse("33.34"));
    assertThat(MoneySplit.byShares(Money.ofCents(1), thirds))
        .containsExactly(Money.ZERO, Money.ZERO, Money.ofCents(1));
    assertThat(MoneySplit.byShares(Money.euros(1800), List.of(Percentage.of("50"), Percentage.of("30"), Percentage.of("20"))))
        .containsExactly(Money.euros(900), Money.euros(540), Money.euros(360));
    assertThat(MoneySplit.byWeights(Money.ofCents(100), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
        .containsExactly(Money.ofCents(34), Money.ofCents(33), Money.ofCents(33));
  }

  @Example
  @Label("Shares that do not add up to 100 % are refused")
  void sharesMustAddUpToHundred() {
    assertThatThrownBy(() -> MoneySplit.byShares(Money.euros(2000), List.of(Percentage.of("33.33"), Percentage.of("33.33"))))
        .hasMessageContaining("66.66 %")
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.SHARES_NOT_100_PERCENT);
    assertThatThrownBy(() -> MoneySplit.byShares(Money.euros(2000), List.of(Percentage.of("60"), Percentage.of("50"))))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.SHARES_NOT_100_PERCENT);
  }
}
