package org.liens.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensException;

class MoneyTest {

  @Test
  void amountsAreExactCentsAndRoundTripThroughText() {
    assertThat(Money.parse("1800")).isEqualTo(Money.euros(1800));
    assertThat(Money.parse("55,5")).isEqualTo(Money.ofCents(5550));
    assertThat(Money.euros(1800).toString()).isEqualTo("1800.00 EUR");
    assertThat(Money.parse(Money.ofCents(-1).toString())).isEqualTo(Money.ofCents(-1));
    assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
  }

  @Test
  void theOneRoundingRuleIsHalfAwayFromZero() {
    assertThat(Money.rounded(new BigDecimal("0.005"))).isEqualTo(Money.ofCents(1));
    assertThat(Money.rounded(new BigDecimal("-0.005"))).isEqualTo(Money.ofCents(-1));
    assertThat(Money.rounded(new BigDecimal("0.0049999"))).isEqualTo(Money.ZERO);
    assertThat(Money.euros(55).times(50, 60)).isEqualTo(Money.parse("45.83"));
    assertThat(Money.ofCents(1).times(1, 2)).isEqualTo(Money.ofCents(1));
    assertThat(Money.ofCents(-1).times(1, 2)).isEqualTo(Money.ofCents(-1));
  }

  @Test
  void anAmountHasAtMostTwoDecimalsAndABound() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("55.505")))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThatThrownBy(() -> Money.ofCents(Money.MAX_CENTS + 1))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThatThrownBy(() -> Money.parse("dix euros"))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThatThrownBy(() -> Money.euros(Money.MAX_CENTS).times(2))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
  }

  @Test
  void pricesAndCostsMustBeMoreThanZero() {
    assertThatThrownBy(() -> Money.positive(Money.ZERO, "price"))
        .hasMessageContaining("price must be more than zero")
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThatThrownBy(() -> Money.positive(Money.euros(-5), "unitCost"))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThatThrownBy(() -> Money.positive(null, "price"))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.MISSING_VALUE);
  }

  @Test
  void percentagesAndVatRatesAreBounded() {
    assertThat(Percentage.of("33.30")).isEqualTo(Percentage.of("33.3"));
    assertThat(Percentage.of("100").isHundred()).isTrue();
    assertThatThrownBy(() -> Percentage.of("100.01"))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_PERCENTAGE);
    assertThatThrownBy(() -> Percentage.of("-1"))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_PERCENTAGE);
    assertThat(VatRate.of("5,5")).isEqualTo(VatRate.REDUCED_5_5);
    assertThatThrownBy(() -> VatRate.of("0"))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_PERCENTAGE);
    assertThatThrownBy(() -> VatRate.of("5.555"))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_PERCENTAGE);
  }

  @Test
  void anExactQuantityPricesOnce() {
    assertThat(Quantity.hours(java.time.Duration.ofMinutes(50)).priceOf(Money.euros(55))).isEqualTo(Money.parse("45.83"));
    assertThat(Quantity.fraction(2, 6, QuantityUnit.MODULE).priceOf(Money.euros(2000))).isEqualTo(Money.parse("666.67"));
    assertThat(Quantity.decimal(new BigDecimal("12.5"), QuantityUnit.KILOMETRE).priceOf(Money.parse("0.61")))
        .isEqualTo(Money.parse("7.63"));
    assertThat(Quantity.hours(java.time.Duration.ofMinutes(50)).display()).isEqualTo("50 min");
    assertThat(Quantity.fraction(2, 6, QuantityUnit.MODULE).display()).isEqualTo("2/6 module");
    assertThat(Quantity.of(12, QuantityUnit.GROUP_SESSION).display()).isEqualTo("12 séance de groupe");
  }
}
