package org.liens.pricing;

import java.math.BigDecimal;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * A VAT rate (taux de TVA), more than 0 and less than 100 %, with at most two decimals. The French rates of
 * mainland France are constants; overseas and Corsican rates (2.1 %, 8.5 %…) are built with {@link #of(String)}.
 * Treat as a value type.
 *
 * @param percent the rate in percent, {@code 5.5} for 5.5 %
 */
public record VatRate(BigDecimal percent) {
  /** Taux réduit, 5.5 %. */
  public static final VatRate REDUCED_5_5 = new VatRate(new BigDecimal("5.5"));
  /** Taux intermédiaire, 10 %. */
  public static final VatRate INTERMEDIATE_10 = new VatRate(BigDecimal.TEN);
  /** Taux normal, 20 %. */
  public static final VatRate STANDARD_20 = new VatRate(BigDecimal.valueOf(20));

  /**
   * Checks the components: {@code percent} required; and the rules stated for the type.
   *
   * @param percent the rate in percent, {@code 5.5} for 5.5 %
   */
  public VatRate {
    percent = Percentage.plain(Checks.required(percent, "VAT rate"));
    if (percent.scale() > 2 || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new InvalidInputException(ErrorCode.INVALID_PERCENTAGE,
          "a VAT rate is more than 0 and less than 100 % with at most two decimals");
    }
  }

  /**
   * {@return the rate written in percent, e.g. {@code "5.5"}}
   *
   * @param percent the rate in percent, as written
   */
  public static VatRate of(String percent) {
    Checks.notBlank(percent, "VAT rate");
    try {
      return new VatRate(new BigDecimal(percent.strip().replace(',', '.')));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(ErrorCode.INVALID_PERCENTAGE, "a VAT rate is a decimal number of percent, e.g. 5.5");
    }
  }

  /** {@return the rate as a fraction, {@code 0.055} for 5.5 %} */
  public BigDecimal fraction() {
    return percent.movePointLeft(2);
  }

  @Override
  public String toString() {
    return percent.toPlainString() + " %";
  }
}
