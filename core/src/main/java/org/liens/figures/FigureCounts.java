package org.liens.figures;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.liens.shared.Checks;

/**
 * The raw, unsuppressed numbers a storage adapter computes for a {@link FigureQuery} (issue 12): counts by
 * {@link FigureKeys} name, and distributions of days (days → how many) from which medians and percentiles are read.
 * Normalised so that two adapters agree exactly: a zero count and an empty distribution are left out. Exchanged
 * between a storage adapter and the figures service, never handed to a restricted actor: only a coordinator's
 * unsuppressed report shows them. Immutable, treat as a value type.
 */
public final class FigureCounts {
  private final SortedMap<String, Long> counts;
  private final SortedMap<String, SortedMap<Long, Long>> distributions;

  /**
   * Checks and copies the numbers, unmodifiable, leaving out zeros and empty distributions.
   *
   * @param counts the counts, none negative
   * @param distributions the distributions: per name, how many values of each number of days
   */
  public FigureCounts(Map<String, Long> counts, Map<String, ? extends Map<Long, Long>> distributions) {
    Checks.requiredAll("counts, distributions", counts, distributions);
    TreeMap<String, Long> c = new TreeMap<>();
    counts.forEach((k, v) -> {
      Checks.check(v >= 0, "a count is not negative");
      if (v > 0) {
        c.put(k, v);
      }
    });
    TreeMap<String, SortedMap<Long, Long>> d = new TreeMap<>();
    distributions.forEach((k, v) -> {
      TreeMap<Long, Long> copy = new TreeMap<>();
      v.forEach((days, n) -> {
        Checks.check(n >= 0, "a count is not negative");
        if (n > 0) {
          copy.put(days, n);
        }
      });
      if (!copy.isEmpty()) {
        d.put(k, Collections.unmodifiableSortedMap(copy));
      }
    });
    this.counts = Collections.unmodifiableSortedMap(c);
    this.distributions = Collections.unmodifiableSortedMap(d);
  }

  /** {@return the counts by name, each positive, sorted by name} */
  public Map<String, Long> counts() {
    return counts;
  }

  /** {@return the distributions by name, each non-empty, sorted by name} */
  public Map<String, SortedMap<Long, Long>> distributions() {
    return distributions;
  }

  /**
   * {@return the count named {@code key}, zero when absent}
   *
   * @param key a {@link FigureKeys} name
   */
  public long count(String key) {
    return counts.getOrDefault(key, 0L);
  }

  /**
   * {@return the distribution named {@code key}, empty when absent}
   *
   * @param key a {@link FigureKeys} name
   */
  public SortedMap<Long, Long> distribution(String key) {
    return distributions.getOrDefault(key, Collections.emptySortedMap());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FigureCounts o && counts.equals(o.counts) && distributions.equals(o.distributions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(counts, distributions);
  }

  @Override
  public String toString() {
    return "FigureCounts" + counts + distributions;
  }
}
