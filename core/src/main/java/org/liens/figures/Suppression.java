package org.liens.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liens.shared.Checks;

/**
 * Small-cell suppression with complementary suppression (issue 12). A count from 1 to {@code threshold - 1} is
 * {@link CellStatus#SMALL}; zero is shown (choice where the seed is silent: an empty cell says nothing about a
 * person). Then, as long as some hidden count could be recomputed from what is shown (the totals and the other cells
 * of a {@link Table}, knowing that a small count lies from 1 to {@code threshold - 1} and any other hidden count is
 * not negative), the smallest shown cell of a table that pins it is hidden too ({@link CellStatus#SECONDARY}); a total
 * is hidden when its table has no shown cell left.
 *
 * <p>What is "recomputable" is decided by interval propagation over the tables' sums: exact for the report's
 * tables, which share at most one count two by two and form no cycle (a Berge-acyclic system, where bounds
 * consistency is global consistency). The jqwik property {@code SuppressionProperties} checks it against an
 * enumeration of every assignment.
 */
public final class Suppression {
  /** The smallest threshold that hides anything: with 2, a small count could only be 1. */
  public static final int MIN_THRESHOLD = 3;
  private static final long INF = Long.MAX_VALUE / 4;

  /**
   * A sum the report exposes: {@code total = cells[0] + cells[1] + …}.
   *
   * @param total the name of the total
   * @param cells the names of the cells, distinct, without the total
   */
  public record Table(String total, List<String> cells) {
    /**
     * Checks the components: a total and at least one cell, distinct.
     *
     * @param total the name of the total
     * @param cells the names of the cells
     */
    public Table {
      Checks.required(total, "total");
      cells = Checks.listOf(cells, "cells");
      Checks.check(!cells.isEmpty() && !cells.contains(total) && Set.copyOf(cells).size() == cells.size(),
          "a table has distinct cells, without its total");
    }

    List<String> members() {
      List<String> all = new ArrayList<>(cells);
      all.add(total);
      return all;
    }
  }

  private Suppression() {}

  /**
   * {@return the status of every count named in {@code tables} or {@code others}, in a stable order}
   *
   * @param values the counts; a name absent from it counts zero
   * @param tables the sums the report exposes
   * @param others counts tied to no sum, suppressed when small
   * @param threshold the smallest count shown, at least {@link #MIN_THRESHOLD}
   */
  public static Map<String, CellStatus> apply(
      Map<String, Long> values, List<Table> tables, List<String> others, int threshold) {
    Checks.check(threshold >= MIN_THRESHOLD, "threshold: at least " + MIN_THRESHOLD);
    Map<String, CellStatus> status = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    tables.forEach(t -> names.addAll(t.members()));
    names.addAll(others);
    for (String name : names) {
      long v = values.getOrDefault(name, 0L);
      status.put(name, v > 0 && v < threshold ? CellStatus.SMALL : CellStatus.SHOWN);
    }
    return settle(values, tables, status, threshold);
  }

  /**
   * {@return the status of every value named in {@code tables}: those of {@code hidden} and, by complementary
   * suppression, as few others as keep each hidden one from being recomputed from the sums}. For amounts hidden
   * because the count they come from is (the money policy of issue 12): a hidden amount may be any value.
   *
   * @param values the values; a name absent from it is zero
   * @param tables the sums the report exposes
   * @param hidden the names hidden to begin with
   */
  public static Map<String, CellStatus> protect(
      Map<String, Long> values, List<Table> tables, Set<String> hidden) {
    Map<String, CellStatus> status = new LinkedHashMap<>();
    tables.forEach(t -> t.members().forEach(name ->
        status.putIfAbsent(name, hidden.contains(name) ? CellStatus.SECONDARY : CellStatus.SHOWN)));
    return settle(values, tables, status, MIN_THRESHOLD);
  }

  private static Map<String, CellStatus> settle(
      Map<String, Long> values, List<Table> tables, Map<String, CellStatus> status, int threshold) {
    for (int guard = 0; guard <= 2 * status.size(); guard++) {
      Map<String, long[]> ranges = ranges(values, tables, status, threshold);
      String pinned = null;
      for (Map.Entry<String, CellStatus> e : status.entrySet()) {
        long[] r = ranges.get(e.getKey());
        if (e.getValue() != CellStatus.SHOWN && r[0] == r[1]) {
          pinned = e.getKey();
          break;
        }
      }
      if (pinned == null) {
        return status;
      }
      status.put(complement(pinned, values, tables, status, threshold), CellStatus.SECONDARY);
    }
    throw new IllegalStateException("suppression did not settle");
  }

  /**
   * The count to hide so that {@code pinned} is no longer pinned: the smallest shown count of a table it is in whose
   * hiding unpins it, else the smallest shown count anywhere whose hiding unpins it, else a small count marked
   * {@code "s"} instead of {@code "< 5"} (when a whole table is small, "from 1 to 4" can pin a count: "s" says less),
   * else the first candidate (the loop then goes on hiding).
   */
  private static String complement(String pinned, Map<String, Long> values, List<Table> tables,
      Map<String, CellStatus> status, int threshold) {
    List<String> candidates = new ArrayList<>();
    status.forEach((name, s) -> {
      if (s != CellStatus.SECONDARY) {
        candidates.add(name);
      }
    });
    if (candidates.isEmpty()) {
      throw new IllegalStateException("no count left to hide beside a pinned one");
    }
    candidates.sort(java.util.Comparator
        .comparing((String name) -> status.get(name) == CellStatus.SMALL)
        .thenComparing((String name) -> tables.stream().noneMatch(t -> t.members().contains(pinned)
            && t.members().contains(name)))
        .thenComparing(name -> tables.stream().anyMatch(t -> t.total().equals(name)))
        .thenComparing(name -> values.getOrDefault(name, 0L)));
    for (String candidate : candidates) {
      Map<String, CellStatus> tried = new LinkedHashMap<>(status);
      tried.put(candidate, CellStatus.SECONDARY);
      long[] r = ranges(values, tables, tried, threshold).get(pinned);
      if (r[0] != r[1]) {
        return candidate;
      }
    }
    return candidates.get(0);
  }

  /**
   * {@return for every name, the smallest and largest value consistent with what is shown: {@code [lo, hi]}}
   *
   * @param values the counts
   * @param tables the sums the report exposes
   * @param status the status of every name
   * @param threshold the smallest count shown
   */
  public static Map<String, long[]> ranges(
      Map<String, Long> values, List<Table> tables, Map<String, CellStatus> status, int threshold) {
    Map<String, long[]> r = new LinkedHashMap<>();
    status.forEach((name, s) -> r.put(name, switch (s) {
      case SHOWN -> new long[] {values.getOrDefault(name, 0L), values.getOrDefault(name, 0L)};
      case SMALL -> new long[] {1, threshold - 1};
      case SECONDARY -> new long[] {0, INF};
    }));
    boolean changed = true;
    for (int pass = 0; changed && pass < 10_000; pass++) {
      changed = false;
      for (Table t : tables) {
        changed |= tighten(t, r);
      }
    }
    return r;
  }

  private static boolean tighten(Table t, Map<String, long[]> r) {
    boolean changed = false;
    long[] total = r.get(t.total());
    long sumLo = 0;
    long finiteHi = 0;
    int unbounded = 0;
    for (String c : t.cells()) {
      sumLo = Math.min(INF, sumLo + r.get(c)[0]);
      if (r.get(c)[1] >= INF) {
        unbounded++;
      } else {
        finiteHi = Math.min(INF, finiteHi + r.get(c)[1]);
      }
    }
    long sumHi = unbounded > 0 ? INF : finiteHi;
    changed |= set(total, Math.max(total[0], sumLo), Math.min(total[1], sumHi));
    for (String c : t.cells()) {
      long[] cell = r.get(c);
      boolean selfUnbounded = cell[1] >= INF;
      long othersLo = sumLo - cell[0];
      long othersHi = unbounded - (selfUnbounded ? 1 : 0) > 0 ? INF : finiteHi - (selfUnbounded ? 0 : cell[1]);
      long lo = othersHi >= INF ? cell[0] : Math.max(cell[0], total[0] - othersHi);
      long hi = total[1] >= INF ? cell[1] : Math.min(cell[1], total[1] - othersLo);
      changed |= set(cell, lo, hi);
    }
    return changed;
  }

  private static boolean set(long[] range, long lo, long hi) {
    if (lo == range[0] && hi == range[1]) {
      return false;
    }
    range[0] = lo;
    range[1] = hi;
    return true;
  }
}
