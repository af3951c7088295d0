package org.liens.pricing;

import java.math.BigDecimal;
import java.time.Duration;
import org.liens.shared.Checks;

/**
 * An exact quantity, as a fraction {@code numerator / denominator} of a {@link QuantityUnit}, so that a line's
 * amount is always {@code unitPrice × quantity} rounded once: 50 minutes at 55 €/h is {@code 50/60 h} and
 * 45.83 €; two months started of a six-month module at 2000 € is {@code 2/6 module} and 666.67 €. Treat as a
 * value type.
 *
 * @param numerator more than zero
 * @param denominator more than zero
 * @param unit what is counted
 */
public record Quantity(long numerator, long denominator, QuantityUnit unit) {
  /**
   * Checks the components: {@code unit} required; and the rules stated for the type.
   *
   * @param numerator more than zero
   * @param denominator more than zero
   * @param unit what is counted
   */
  public Quantity {
    Checks.check(numerator > 0, "a quantity is more than zero, was " + numerator);
    Checks.check(denominator > 0, "a quantity's denominator is more than zero, was " + denominator);
    Checks.required(unit, "unit");
  }

  /**
   * {@return a whole number of units}
   *
   * @param count the number of units, more than zero
   * @param unit the unit (module, hour, session, km…)
   */
  public static Quantity of(long count, QuantityUnit unit) {
    return new Quantity(count, 1, unit);
  }

  /**
   * {@return a fraction of a unit (two sixths of a module)}
   *
   * @param numerator the numerator, more than zero
   * @param denominator the denominator, more than zero
   * @param unit the unit
   */
  public static Quantity fraction(long numerator, long denominator, QuantityUnit unit) {
    return new Quantity(numerator, denominator, unit);
  }

  /**
   * {@return a duration counted in hours, to the minute: {@code minutes / 60} h}
   *
   * @param length the duration, counted to the minute
   */
  public static Quantity hours(Duration length) {
    Checks.required(length, "length");
    return new Quantity(length.toMinutes(), 60, QuantityUnit.HOUR);
  }

  /**
   * {@return an exact decimal quantity (12.5 km)}
   *
   * @param value the quantity, more than zero, at most three decimals
   * @param unit the unit
   */
  public static Quantity decimal(BigDecimal value, QuantityUnit unit) {
    Checks.required(value, "quantity");
    BigDecimal v = value.stripTrailingZeros();
    int scale = Math.max(0, v.scale());
    Checks.check(scale <= 3, "a decimal quantity has at most three decimals, was " + value.toPlainString());
    return new Quantity(v.movePointRight(scale).longValueExact(), BigDecimal.ONE.movePointRight(scale).longValueExact(), unit);
  }

  /**
   * {@return {@code unitPrice × quantity}, rounded once to the cent, half away from zero}
   *
   * @param unitPrice the price of one unit
   */
  public Money priceOf(Money unitPrice) {
    return Checks.required(unitPrice, "unitPrice").times(numerator, denominator);
  }

  /**
   * {@return the quantity as a decimal with up to {@code scale} decimals (rounded half away from zero)}
   *
   * @param scale the most decimals kept
   */
  public BigDecimal toDecimal(int scale) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, Money.ROUNDING).stripTrailingZeros();
  }

  /**
   * {@return the quantity as printed on an invoice line: "1 module", "2/6 module", "50 min", "1.25 h", "12 séance de
   * groupe", "12.5 km"}
   */
  public String display() {
    if (unit == QuantityUnit.HOUR && denominator == 60 && numerator % 60 != 0) {
      return numerator + " min";
    }
    BigDecimal exact = BigDecimal.valueOf(numerator);
    try {
      exact = exact.divide(BigDecimal.valueOf(denominator));
      return exact.stripTrailingZeros().toPlainString() + " " + unit.label();
    } catch (ArithmeticException nonTerminating) {
      return numerator + "/" + denominator + " " + unit.label();
    }
  }

  @Override
  public String toString() {
    return display();
  }
}
