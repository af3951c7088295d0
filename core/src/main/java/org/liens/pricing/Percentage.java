package org.liens.pricing;

import java.math.BigDecimal;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * A percentage from 0 to 100 with at most four decimals, such as a funder's share of a co-financed agreement
 * (seed 003: CAF, MSA and a community of communes; e.g. 33.33 %). Exact: equal percentages are equal whatever
 * the trailing zeros ("33.30" equals "33.3"). Treat as a value type; {@link #toString()} ("33.33 %")
 * round-trips through {@link #parse(String)}.
 *
 * @param value the percentage, {@code 33.33} for 33.33 %
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {
  /** The most decimals a percentage may have. */
  public static final int MAX_SCALE = 4;
  /** 100 %: the whole. */
  public static final Percentage HUNDRED = new Percentage(BigDecimal.valueOf(100));

  /**
   * Checks the components: {@code value} required; and the rules stated for the type.
   *
   * @param value the percentage, {@code 33.33} for 33.33 %
   */
  public Percentage {
    value = plain(Checks.required(value, "percentage"));
    if (value.scale() > MAX_SCALE || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new InvalidInputException(ErrorCode.INVALID_PERCENTAGE,
          "a percentage is from 0 to 100 with at most " + MAX_SCALE + " decimals");
    }
  }

  /**
   * {@return the percentage written as a decimal, e.g. {@code "33.33"}}
   *
   * @param value the percentage, from 0 to 100, at most {@value #MAX_SCALE} decimals
   */
  public static Percentage of(String value) {
    return parse(value);
  }

  /**
   * {@return the percentage {@code value}, e.g. {@code 33.33} for a third}
   *
   * @param value the percentage, from 0 to 100, at most {@value #MAX_SCALE} decimals
   */
  public static Percentage of(BigDecimal value) {
    return new Percentage(value);
  }

  /**
   * Parses "33.33", "33,33" or "33.33 %".
   *
   * @param text the percentage as written
   * @return the percentage
   * @throws InvalidInputException with {@link ErrorCode#INVALID_PERCENTAGE} for anything else
   */
  public static Percentage parse(String text) {
    String t = Checks.notBlank(text, "percentage").replace(',', '.');
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    try {
      return new Percentage(new BigDecimal(t));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(ErrorCode.INVALID_PERCENTAGE, "a percentage is a decimal number, e.g. 12.5");
    }
  }

  /** {@return the fraction, {@code 0.3333} for 33.33 %} */
  public BigDecimal fraction() {
    return value.movePointLeft(2);
  }

  /** {@return whether this is 0 %} */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /** {@return whether this is 100 %} */
  public boolean isHundred() {
    return value.compareTo(BigDecimal.valueOf(100)) == 0;
  }

  @Override
  public int compareTo(Percentage other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toPlainString() + " %";
  }

  /** {@code value} without trailing zeros and with no negative scale: 20.00 and 2E+1 are 20. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
