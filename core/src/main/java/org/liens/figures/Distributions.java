package org.liens.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Medians, percentiles and averages of a distribution of days (issue 12). Choice where the seed is silent: the
 * nearest-rank percentile, a value that was observed: the p-th percentile of N values is the smallest value with at
 * least {@code ceil(p × N / 100)} values at or below it; the median is the 50th (with an even number of values, the
 * lower of the two middle ones). Averages are rounded half up to one decimal.
 */
public final class Distributions {
  private Distributions() {}

  /**
   * {@return the nearest-rank percentile, empty for an empty distribution}
   *
   * @param days how many values of each number of days
   * @param percent the percentile, from 1 to 100
   */
  public static Optional<Long> percentile(SortedMap<Long, Long> days, int percent) {
    long n = size(days);
    if (n == 0) {
      return Optional.empty();
    }
    long rank = Math.max(1, (percent * n + 99) / 100);
    long seen = 0;
    for (Map.Entry<Long, Long> e : days.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return Optional.of(e.getKey());
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /**
   * {@return the average, one decimal, empty for an empty distribution}
   *
   * @param days how many values of each number of days
   */
  public static Optional<BigDecimal> average(SortedMap<Long, Long> days) {
    long n = size(days);
    if (n == 0) {
      return Optional.empty();
    }
    long sum = days.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
    return Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP));
  }

  /**
   * {@return how many values the distribution holds}
   *
   * @param days how many values of each number of days
   */
  public static long size(SortedMap<Long, Long> days) {
    return days.values().stream().mapToLong(Long::longValue).sum();
  }
}
