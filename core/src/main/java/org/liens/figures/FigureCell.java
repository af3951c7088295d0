package org.liens.figures;

import java.util.Optional;
import org.liens.shared.Checks;

/**
 * One count of a report (issue 12), with its suppression status; a hidden count carries no value at all.
 *
 * @param key the count's name ({@link FigureKeys})
 * @param value the count when shown; empty when suppressed
 * @param status shown, small or hidden to protect another count
 */
public record FigureCell(String key, Optional<Long> value, CellStatus status) {
  /**
   * Checks the components: a value exactly when shown.
   *
   * @param key the count's name
   * @param value the count when shown
   * @param status shown, small or hidden to protect another count
   */
  public FigureCell {
    Checks.requiredAll("key, value, status", key, value, status);
    Checks.check(value.isPresent() == (status == CellStatus.SHOWN), "a cell has a value exactly when shown");
  }

  /**
   * {@return the text a report prints: the count, {@code "< 5"} for a small count (threshold 5), {@code "s"} for a
   * count hidden to protect another}
   *
   * @param threshold the report's threshold
   */
  public String display(int threshold) {
    return switch (status) {
      case SHOWN -> Long.toString(value.get());
      case SMALL -> "< " + threshold;
      case SECONDARY -> "s";
    };
  }
}
