package org.liens.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collection;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * An exact amount of euros, held as a whole number of cents; never a {@code double}. Liens bills in euros only
 * (R3: every price of the seed is in euros TTC). Treat as a value type; {@link #toString()} ("1800.00 EUR")
 * round-trips through {@link #parse(String)}.
 *
 * <p><b>The one rounding rule</b> (DESIGN §6): whenever a computation falls between two cents (a VAT breakdown, a
 * pro rata, a price per minute), it is rounded <em>to the cent, half away from zero</em> ({@link #ROUNDING}):
 * 0.005 € becomes 0.01 €, -0.005 € becomes -0.01 €, 45.8333 € becomes 45.83 €. Every computation rounds once, at
 * its end, from exact operands. Splitting an amount into parts that must add up (co-financing) does not round
 * each part: see {@link MoneySplit}.
 *
 * <p>Amounts may be negative in arithmetic (a balance); prices, costs and invoiced amounts are checked positive
 * with {@link #requirePositive(String)}. The absolute value is at most {@link #MAX_CENTS}, so no sum of a
 * realistic invoice can overflow.
 *
 * @param cents the amount in euro cents
 */
public record Money(long cents) implements Comparable<Money> {
  /** The largest absolute amount Liens accepts, in cents: 10 billion euros. */
  public static final long MAX_CENTS = 1_000_000_000_000L;
  /** Half away from zero: {@link BigDecimal}'s {@code HALF_UP} rounds ties away from zero for both signs. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  /** Zero euros. */
  public static final Money ZERO = new Money(0);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String BOUND = "amount: expected at most " + MAX_CENTS / 100 + " euros in absolute value";

  /**
   * Checks the components against the rules stated for the type.
   *
   * @param cents the amount in euro cents
   */
  public Money {
    // compared with both bounds, never through Math.abs, which overflows on Long.MIN_VALUE
    if (cents < -MAX_CENTS || cents > MAX_CENTS) {
      throw invalid(BOUND);
    }
  }

  /**
   * {@return an amount of {@code cents} euro cents}
   *
   * @param cents the amount in euro cents, negative for a credit
   */
  public static Money ofCents(long cents) {
    return new Money(cents);
  }

  /**
   * {@return a whole number of euros: {@code euros(1800)} is 1800.00 €}
   *
   * @param euros the amount in whole euros
   */
  public static Money euros(long euros) {
    if (euros < -MAX_CENTS / 100 || euros > MAX_CENTS / 100) {
      throw invalid(BOUND);
    }
    return new Money(euros * 100);
  }

  /**
   * {@return the exact amount {@code euros}, which must have at most two decimals ({@code 55.50}, not {@code
   * 55.505})}
   *
   * @param euros the amount in euros, at most two decimals
   * @throws InvalidInputException with {@link ErrorCode#INVALID_AMOUNT} for more than two decimals
   */
  public static Money of(BigDecimal euros) {
    Checks.required(euros, "amount");
    try {
      return new Money(euros.multiply(HUNDRED).longValueExact());
    } catch (ArithmeticException e) {
      throw invalid("amount: expected at most two decimals and at most " + MAX_CENTS / 100 + " euros");
    }
  }

  /**
   * {@return {@code euros} rounded to the cent, half away from zero ({@link #ROUNDING})}
   *
   * @param euros the amount in euros, any scale
   */
  public static Money rounded(BigDecimal euros) {
    Checks.required(euros, "amount");
    BigDecimal cents = euros.multiply(HUNDRED).setScale(0, ROUNDING);
    if (cents.abs().compareTo(BigDecimal.valueOf(MAX_CENTS)) > 0) {
      throw invalid(BOUND);
    }
    return new Money(cents.longValueExact());
  }

  /**
   * Parses "1800", "1800.5", "1800.50", "1800,50" or "1800.00 EUR".
   *
   * @param text the amount as written, in euros
   * @return the amount
   * @throws InvalidInputException with {@link ErrorCode#INVALID_AMOUNT} for anything else
   */
  public static Money parse(String text) {
    String t = Checks.notBlank(text, "amount").replace(',', '.');
    if (t.endsWith("EUR")) {
      t = t.substring(0, t.length() - 3).strip();
    }
    try {
      return of(new BigDecimal(t));
    } catch (NumberFormatException e) {
      throw invalid("amount: expected a number of euros with at most two decimals, like 1800.50 or 1800,50 EUR");
    }
  }

  /**
   * {@return the sum of {@code amounts}; zero for none}
   *
   * @param amounts the amounts to add
   */
  public static Money sum(Collection<Money> amounts) {
    Money total = ZERO;
    for (Money m : Checks.listOf(amounts, "amounts")) {
      total = total.plus(m);
    }
    return total;
  }

  /**
   * The exact sum, to the cent.
   *
   * @param other the amount to add
   * @return this amount plus {@code other}
   */
  public Money plus(Money other) {
    return new Money(Math.addExact(cents, Checks.required(other, "amount").cents));
  }

  /**
   * The exact difference, to the cent; may be negative (a credit).
   *
   * @param other the amount to subtract
   * @return this amount minus {@code other}
   */
  public Money minus(Money other) {
    return new Money(Math.subtractExact(cents, Checks.required(other, "amount").cents));
  }

  /** {@return the opposite amount} */
  public Money negate() {
    return new Money(-cents);
  }

  /**
   * {@return this amount times a whole number (a quantity of modules, of places)}
   *
   * @param factor the whole number to multiply by
   */
  public Money times(long factor) {
    try {
      return new Money(Math.multiplyExact(cents, factor));
    } catch (ArithmeticException e) {
      throw invalid(BOUND);
    }
  }

  /**
   * {@return this amount times {@code numerator / denominator}, computed exactly then rounded once, half away from
   * zero: 55.00 € × 50 / 60 = 45.8333… = 45.83 €}
   *
   * @param numerator the numerator of the factor
   * @param denominator the denominator of the factor, more than zero
   */
  public Money times(long numerator, long denominator) {
    Checks.check(denominator > 0, "a denominator is positive, was " + denominator);
    BigInteger product = BigInteger.valueOf(cents).multiply(BigInteger.valueOf(numerator));
    BigDecimal exact = new BigDecimal(product).divide(BigDecimal.valueOf(denominator), 0, ROUNDING);
    if (exact.abs().compareTo(BigDecimal.valueOf(MAX_CENTS)) > 0) {
      throw invalid(BOUND);
    }
    return new Money(exact.longValueExact());
  }

  /**
   * {@return this amount times an exact decimal factor, rounded once to the cent, half away from zero}
   *
   * @param factor the decimal factor (a VAT rate, a share)
   */
  public Money times(BigDecimal factor) {
    Checks.required(factor, "factor");
    return rounded(toBigDecimal().multiply(factor));
  }

  /** {@return whether this is 0.00 €} */
  public boolean isZero() {
    return cents == 0;
  }

  /** {@return whether this is more than 0.00 €} */
  public boolean isPositive() {
    return cents > 0;
  }

  /** {@return whether this is less than 0.00 €} */
  public boolean isNegative() {
    return cents < 0;
  }

  /**
   * Compares two amounts.
   *
   * @param other the amount to compare with
   * @return whether this amount is strictly more than {@code other}
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Compares two amounts.
   *
   * @param other the amount to compare with
   * @return whether this amount is strictly less than {@code other}
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * The smaller of two amounts.
   *
   * @param other the amount to compare with
   * @return this amount or {@code other}, whichever is smaller
   */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of two amounts.
   *
   * @param other the amount to compare with
   * @return this amount or {@code other}, whichever is larger
   */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * {@return this amount, if it is more than zero}
   *
   * @param field the name of the field, for the error message
   * @throws InvalidInputException with {@link ErrorCode#INVALID_AMOUNT} naming {@code field} otherwise
   */
  public Money requirePositive(String field) {
    if (cents <= 0) {
      throw invalid(field + " must be more than zero");
    }
    return this;
  }

  /**
   * Fails with {@link ErrorCode#INVALID_AMOUNT} unless {@code amount} is present and more than zero.
   *
   * @param amount the amount
   * @param field the name of the field, for the error message
   * @return {@code amount}
   */
  public static Money positive(Money amount, String field) {
    return Checks.required(amount, field).requirePositive(field);
  }

  /** {@return the amount in euros, with two decimals} */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(cents, 2);
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }

  @Override
  public String toString() {
    return toBigDecimal().toPlainString() + " EUR";
  }

  static InvalidInputException invalid(String message) {
    return new InvalidInputException(ErrorCode.INVALID_AMOUNT, message);
  }
}
