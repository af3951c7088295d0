package org.liens.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensException;

/** Issue 10, defect 5: the bounds of {@link Money} hold over the whole {@code long} range, overflow included. */
class MoneyBoundsProperties {

  @Provide
  Arbitrary<Long> anyCents() {
    return Arbitraries.oneOf(
        Arbitraries.longs(),
        Arbitraries.longs().between(-Money.MAX_CENTS - 3, Money.MAX_CENTS + 3),
        Arbitraries.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, -Money.MAX_CENTS, Money.MAX_CENTS,
            -Money.MAX_CENTS - 1, Money.MAX_CENTS + 1, 0L));
  }

  @Property
  @Label("an amount in cents is accepted exactly within ±MAX_CENTS, and then negates to its opposite")
  void centsAreBoundedAndNegateExactly(@ForAll("anyCents") long cents) {
    boolean inBounds = cents >= -Money.MAX_CENTS && cents <= Money.MAX_CENTS;
    Statistics.label("in bounds").collect(inBounds);
    Throwable refused = catchThrowable(() -> Money.ofCents(cents));
    if (inBounds) {
      assertThat(refused).isNull();
      Money amount = Money.ofCents(cents);
      assertThat(amount.negate().cents()).isEqualTo(-cents);
      assertThat(amount.negate().negate()).isEqualTo(amount);
      assertThat(amount.plus(amount.negate())).isEqualTo(Money.ZERO);
    } else {
      assertThat(refused).isInstanceOf(InvalidInputException.class);
      assertThat(((LiensException) refused).code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
    }
    Statistics.label("in bounds").coverage(c -> {
      c.check(true).count(n -> n > 0);
      c.check(false).count(n -> n > 0);
    });
  }

  @Property
  @Label("an amount in euros is accepted exactly within ±MAX_CENTS / 100, and then holds 100 cents a euro")
  void eurosAreBoundedWithoutOverflow(@ForAll("anyCents") long euros) {
    boolean inBounds = euros >= -Money.MAX_CENTS / 100 && euros <= Money.MAX_CENTS / 100;
    Throwable refused = catchThrowable(() -> Money.euros(euros));
    if (inBounds) {
      assertThat(refused).isNull();
      assertThat(Money.euros(euros).toBigDecimal()).isEqualByComparingTo(BigDecimal.valueOf(euros));
    } else {
      assertThat(refused).isInstanceOf(InvalidInputException.class);
      assertThat(((LiensException) refused).code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
    }
  }

  @Example
  void theSmallestLongIsRefusedAsCentsAndAsEuros() {
    assertThat(catchThrowable(() -> Money.ofCents(Long.MIN_VALUE)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
    assertThat(catchThrowable(() -> Money.euros(Long.MIN_VALUE)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
  }
}
