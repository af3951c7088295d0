package org.liens.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * Splits an amount into parts proportional to weights, to the cent, so that the parts <b>always add up exactly
 * to the total</b> (R10, seed 003: a contract co-financed by CAF, MSA and a community of communes).
 *
 * <p><b>Rule</b> (largest remainder, also called Hamilton's method): each part first gets its exact share rounded
 * down to the cent; the cents left over go one each to the parts with the largest remainders, ties to the
 * earlier part. Every part is therefore its exact share rounded down or up, never further. Example: 2000.00 € at
 * 33.33 / 33.33 / 33.34 % gives 666.60 + 666.60 + 666.80; 100.00 € gives 33.33 + 33.33 + 33.34; 0.01 € gives
 * 0.00 + 0.00 + 0.01. A negative total is split as its opposite, then negated.
 */
public final class MoneySplit {
  private MoneySplit() {}

  /**
   * Splits {@code total} by funders' shares, which must add up to exactly 100 %.
   *
   * @param total the amount to split
   * @param shares the funders' shares, in the agreement's order
   * @return one part per share, in order; their sum is {@code total} (largest remainder, ties to the earlier share)
   * @throws InvalidInputException with {@link ErrorCode#SHARES_NOT_100_PERCENT} otherwise
   */
  public static List<Money> byShares(Money total, List<Percentage> shares) {
    List<Percentage> s = Checks.listOf(shares, "shares");
    requireHundred(s);
    return byWeights(total, s.stream().map(Percentage::value).toList());
  }

  /**
   * Fails with {@link ErrorCode#SHARES_NOT_100_PERCENT} unless {@code shares} add up to exactly 100 %.
   *
   * @param shares the funders' shares
   */
  public static void requireHundred(List<Percentage> shares) {
    BigDecimal sum = Checks.listOf(shares, "shares").stream().map(Percentage::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (shares.isEmpty() || sum.compareTo(BigDecimal.valueOf(100)) != 0) {
      throw new InvalidInputException(ErrorCode.SHARES_NOT_100_PERCENT,
          "shares must add up to 100 %, they add up to " + sum.stripTrailingZeros().toPlainString() + " %");
    }
  }

  /**
   * Splits {@code total} in proportion to {@code weights} (zero or more, at least one more than zero).
   *
   * @param total the amount to split
   * @param weights the weights, zero or more, at least one more than zero
   * @return one part per weight, in order; their sum is {@code total}
   */
  public static List<Money> byWeights(Money total, List<BigDecimal> weights) {
    Checks.required(total, "total");
    List<BigDecimal> w = Checks.listOf(weights, "weights");
    Checks.check(!w.isEmpty(), "a split needs at least one weight");
    Checks.check(w.stream().allMatch(x -> x.signum() >= 0), "split weights are zero or more");
    Checks.check(w.stream().anyMatch(x -> x.signum() > 0), "a split needs a weight more than zero");
    if (total.isNegative()) {
      return byWeights(total.negate(), w).stream().map(Money::negate).toList();
    }
    int scale = w.stream().mapToInt(x -> Math.max(0, x.stripTrailingZeros().scale())).max().orElse(0);
    List<BigInteger> units = w.stream().map(x -> x.movePointRight(scale).toBigIntegerExact()).toList();
    BigInteger sum = units.stream().reduce(BigInteger.ZERO, BigInteger::add);
    BigInteger cents = BigInteger.valueOf(total.cents());
    long[] parts = new long[units.size()];
    BigInteger[] remainders = new BigInteger[units.size()];
    long given = 0;
    for (int i = 0; i < parts.length; i++) {
      BigInteger[] qr = cents.multiply(units.get(i)).divideAndRemainder(sum);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      given += parts[i];
    }
    long left = total.cents() - given;
    List<Integer> order = IntStream.range(0, parts.length).boxed()
        .sorted(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed().thenComparing(i -> i))
        .toList();
    for (int k = 0; k < left; k++) {
      parts[order.get(k)]++;
    }
    List<Money> result = new ArrayList<>(parts.length);
    for (long p : parts) {
      result.add(Money.ofCents(p));
    }
    return List.copyOf(result);
  }

  /**
   * Splits {@code total} in proportion to amounts (an amount of HT to spread over lines by their TTC).
   *
   * @param total the amount to split
   * @param amounts the amounts that weigh each part, zero or more
   * @return one part per amount, in order; their sum is {@code total}
   */
  public static List<Money> byAmounts(Money total, List<Money> amounts) {
    return byWeights(total, Checks.listOf(amounts, "amounts").stream().map(m -> BigDecimal.valueOf(m.cents()).abs()).toList());
  }
}
