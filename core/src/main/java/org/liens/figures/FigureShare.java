package org.liens.figures;

import java.math.BigDecimal;
import java.util.Optional;
import org.liens.shared.Checks;

/**
 * A share of a report (issue 12): {@code numerator / denominator} in percent, rounded half up to one decimal; hidden
 * (empty) when either count is suppressed or the denominator is zero.
 *
 * @param key the share's name, such as {@code "share.singleParent"}
 * @param numerator the name of the numerator's count
 * @param denominator the name of the denominator's count
 * @param percent the share in percent, one decimal; empty when hidden
 */
public record FigureShare(String key, String numerator, String denominator, Optional<BigDecimal> percent) {
  /**
   * Checks the components: every one required.
   *
   * @param key the share's name
   * @param numerator the name of the numerator's count
   * @param denominator the name of the denominator's count
   * @param percent the share in percent
   */
  public FigureShare {
    Checks.requiredAll("key, numerator, denominator, percent", key, numerator, denominator, percent);
  }
}
