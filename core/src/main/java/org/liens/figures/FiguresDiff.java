package org.liens.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.liens.shared.Checks;

/**
 * What changed between two reports of the same period and filters, typically as known at two dates (issue 12):
 * every count, share or measure whose printed value differs. Treat as a value type.
 *
 * @param before the fingerprint of the earlier report
 * @param after the fingerprint of the later report
 * @param changes the figures that differ, in the reports' order
 */
public record FiguresDiff(String before, String after, List<Change> changes) {
  /**
   * One figure that differs.
   *
   * @param key the figure's name
   * @param before what the earlier report printed ({@code ""} when it did not have the figure)
   * @param after what the later report prints ({@code ""} when it does not have the figure)
   */
  public record Change(String key, String before, String after) {}

  /**
   * Checks the components: every one required, the list copied.
   *
   * @param before the fingerprint of the earlier report
   * @param after the fingerprint of the later report
   * @param changes the figures that differ
   */
  public FiguresDiff {
    Checks.requiredAll("before, after", before, after);
    changes = Checks.listOf(changes, "changes");
  }

  /**
   * {@return the figures that differ between {@code before} and {@code after}, as printed}
   *
   * @param before the earlier report
   * @param after the later report
   */
  public static FiguresDiff between(FiguresReport before, FiguresReport after) {
    Map<String, String> a = printed(before);
    Map<String, String> b = printed(after);
    List<Change> changes = new ArrayList<>();
    Map<String, String> keys = new LinkedHashMap<>(a);
    b.forEach(keys::putIfAbsent);
    for (String key : keys.keySet()) {
      String x = a.getOrDefault(key, "");
      String y = b.getOrDefault(key, "");
      if (!Objects.equals(x, y)) {
        changes.add(new Change(key, x, y));
      }
    }
    return new FiguresDiff(before.fingerprint(), after.fingerprint(), changes);
  }

  /**
   * {@return every figure of {@code report} as printed, by name, in the report's order}
   *
   * @param report the report
   */
  public static Map<String, String> printed(FiguresReport report) {
    Map<String, String> out = new LinkedHashMap<>();
    report.cells().forEach(c -> out.put(c.key(), c.display(report.threshold())));
    report.shares().forEach(s -> out.put(s.key(), s.percent().map(p -> p.toPlainString()).orElse("s")));
    report.measures().forEach(m -> out.put(m.key(), m.value().map(v -> v.toPlainString()).orElse("s")));
    return out;
  }
}
