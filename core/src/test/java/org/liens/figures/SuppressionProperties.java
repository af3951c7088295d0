package org.liens.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.liens.figures.Suppression.Table;

/**
 * Issue 12: small-cell suppression with complementary suppression never lets a hidden count be recomputed from what
 * a report shows. Checked against an enumeration of every assignment of the hidden counts that agrees with the shown
 * counts, the sums and the marks ({@code "< 5"}: from 1 to 4; {@code "s"}: any count), on random trees of sums like
 * the report's.
 */
class SuppressionProperties {

  /** A random tree of sums: a root total, cells, some cells totals of their own tables, some totals with two tables. */
  record Tree(List<Table> tables, Map<String, Long> values) {}

  static Tree tree(long seed) {
    Random random = new Random(seed);
    List<Table> tables = new ArrayList<>();
    Map<String, Long> values = new LinkedHashMap<>();
    grow("t", 0, random, tables, values);
    return new Tree(tables, values);
  }

  private static long grow(String name, int depth, Random random, List<Table> tables, Map<String, Long> values) {
    boolean inner = depth == 0 || (depth < 2 && random.nextInt(10) < 4);
    if (!inner) {
      long v = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 4 : 12);
      values.put(name, v);
      return v;
    }
    long total = 0;
    int n = 2 + random.nextInt(2);
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String cell = name + "." + i;
      cells.add(cell);
      total += grow(cell, depth + 1, random, tables, values);
    }
    tables.add(new Table(name, cells));
    values.put(name, total);
    if (depth == 0 && random.nextBoolean()) { // a second split of the same total, as families by composition and by work
      long left = random.nextInt((int) total + 1);
      values.put(name + ".a", left);
      values.put(name + ".b", total - left);
      tables.add(new Table(name, List.of(name + ".a", name + ".b")));
    }
    return total;
  }

  @Property(tries = 400)
  @Label("a suppressed count can never be derived from the shown counts, the sums and the marks")
  void no_hidden_count_is_derivable(@ForAll long seed, @ForAll @IntRange(min = 3, max = 6) int threshold) {
    Tree tree = tree(seed);
    Map<String, CellStatus> status = Suppression.apply(tree.values(), tree.tables(), List.of(), threshold);
    Map<String, Set<Long>> possible = enumerate(tree, status, threshold);
    Statistics.label("hidden").collect(possible.isEmpty() ? "none" : status.containsValue(CellStatus.SECONDARY)
        ? "small and complementary" : "small only");
    possible.forEach((name, values) -> assertThat(values).as("possible values of hidden %s in %s with %s", name,
        tree.values(), status).hasSizeGreaterThanOrEqualTo(2));
    tree.values().forEach((name, v) -> {
      if (v > 0 && v < threshold) {
        assertThat(status.get(name)).as("a small count is never shown").isNotEqualTo(CellStatus.SHOWN);
      }
    });
    Statistics.label("hidden").coverage(c -> {
      c.check("small and complementary").count(n -> n > 0);
      c.check("none").count(n -> n > 0);
    });
  }

  @Example
  void one_small_cell_beside_a_shown_total_hides_the_next_smallest_cell() {
    Map<String, Long> values = Map.of("t", 53L, "a", 3L, "b", 20L, "c", 30L);
    Map<String, CellStatus> status =
        Suppression.apply(values, List.of(new Table("t", List.of("a", "b", "c"))), List.of(), 5);
    assertThat(status).containsEntry("a", CellStatus.SMALL).containsEntry("b", CellStatus.SECONDARY)
        .containsEntry("c", CellStatus.SHOWN).containsEntry("t", CellStatus.SHOWN);
  }

  @Example
  void two_small_cells_of_one_and_one_are_protected_by_a_third() {
    Map<String, Long> values = Map.of("t", 12L, "a", 1L, "b", 1L, "c", 10L);
    Map<String, CellStatus> status =
        Suppression.apply(values, List.of(new Table("t", List.of("a", "b", "c"))), List.of(), 5);
    assertThat(status.get("c")).isEqualTo(CellStatus.SECONDARY);
  }

  /** Every value each hidden count can take, over every assignment that agrees with what is shown. */
  static Map<String, Set<Long>> enumerate(Tree tree, Map<String, CellStatus> status, int threshold) {
    List<String> hidden = new ArrayList<>();
    status.forEach((name, s) -> {
      if (s != CellStatus.SHOWN) {
        hidden.add(name);
      }
    });
    long bound = 2 * tree.values().values().stream().mapToLong(Long::longValue).max().orElse(0) + 8;
    Map<String, Long> assigned = new HashMap<>();
    status.forEach((name, s) -> {
      if (s == CellStatus.SHOWN) {
        assigned.put(name, tree.values().get(name));
      }
    });
    Map<String, Set<Long>> possible = new LinkedHashMap<>();
    hidden.forEach(h -> possible.put(h, new HashSet<>()));
    search(0, hidden, status, threshold, bound, tree.tables(), assigned, possible);
    return possible;
  }

  private static void search(int i, List<String> hidden, Map<String, CellStatus> status, int threshold, long bound,
      List<Table> tables, Map<String, Long> assigned, Map<String, Set<Long>> possible) {
    if (!consistent(tables, assigned)) {
      return;
    }
    if (i == hidden.size()) {
      assigned.forEach((name, v) -> {
        if (possible.containsKey(name)) {
          possible.get(name).add(v);
        }
      });
      return;
    }
    if (possible.values().stream().allMatch(s -> s.size() >= 2) && possible.values().stream()
        .noneMatch(Set::isEmpty) && i > 0) {
      return; // every hidden count already has two possible values
    }
    String name = hidden.get(i);
    long lo = status.get(name) == CellStatus.SMALL ? 1 : 0;
    long hi = status.get(name) == CellStatus.SMALL ? threshold - 1 : bound;
    for (long v = lo; v <= hi; v++) {
      assigned.put(name, v);
      search(i + 1, hidden, status, threshold, bound, tables, assigned, possible);
      assigned.remove(name);
    }
  }

  private static boolean consistent(List<Table> tables, Map<String, Long> assigned) {
    for (Table t : tables) {
      long sum = 0;
      boolean complete = true;
      for (String c : t.cells()) {
        Long v = assigned.get(c);
        if (v == null) {
          complete = false;
        } else {
          sum += v;
        }
      }
      Long total = assigned.get(t.total());
      if (total != null && (sum > total || (complete && sum != total))) {
        return false;
      }
    }
    return true;
  }
}
