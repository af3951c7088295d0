package org.liens.figures;

import java.math.BigDecimal;
import java.util.Optional;
import org.liens.shared.Checks;

/**
 * A measure of a report that is not a count of people (issue 12): a median, a percentile or an average of days, or a
 * number of contacts against targets. Hidden (empty) when the group it is measured over is suppressed or empty.
 *
 * @param key the measure's name, such as {@code "duration.median"} or {@code "contacts.MIP.homeVisits"}
 * @param value the value; empty when hidden
 */
public record FigureMeasure(String key, Optional<BigDecimal> value) {
  /**
   * Checks the components: every one required.
   *
   * @param key the measure's name
   * @param value the value
   */
  public FigureMeasure {
    Checks.requiredAll("key, value", key, value);
  }
}
