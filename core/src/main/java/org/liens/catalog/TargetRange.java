package org.liens.catalog;

import org.liens.shared.Checks;

/**
 * An expected number of contacts over a whole accompaniment, from {@code min} to {@code max} inclusive (R4:
 * "6 à 7 VAD en 6 mois"). A target to track, not a price and not a cap.
 */
public record TargetRange(int min, int max) {
  /**
   * Checks the components: {@code min} zero or more; and the rules stated for the type.
   *
   * @param min the fewest contacts expected, zero or more
   * @param max the most contacts expected, at least {@code min}
   */
  public TargetRange {
    Checks.notNegative(min, "min");
    Checks.check(max >= min, "max (" + max + ") must be at least min (" + min + ")");
  }

  /**
   * {@return the range from {@code min} to {@code max} contacts, both included}
   *
   * @param min the fewest contacts expected, zero or more
   * @param max the most contacts expected, at least {@code min}
   */
  public static TargetRange of(int min, int max) {
    return new TargetRange(min, max);
  }

  @Override
  public String toString() {
    return min + "–" + max;
  }
}
