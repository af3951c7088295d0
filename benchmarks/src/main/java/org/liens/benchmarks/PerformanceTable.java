package org.liens.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The one command of issue 13: runs each benchmark next to its baseline in the same run (JMH's {@link Runner}),
 * measures the heap of the in-memory adapter in a JVM of its own, and prints one table,
 * {@code benchmark | Liens | baseline | ratio | target}, in Markdown:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.liens.benchmarks.PerformanceTable [--quick] [--no-postgres]
 *     [--sizes 10000,100000,1000000] [--chain-sizes 10000,100000] [--postgres-sizes 10000,100000]
 *     [--import-size 100000]
 *     [--only rules,pairs,scale,import,heap]
 * </pre>
 *
 * <p>The groups ({@code --only}): {@code rules}, the rules and the service next to their hand-written baselines;
 * {@code pairs}, the caseload benchmarks ({@code Caseload*}) and any method whose baseline is named after it
 * ({@code …Baseline}, {@code …ByHand}, {@code …BySql}, {@code …PlainJdbc}); {@code scale}, the use cases over
 * generated populations, {@code recordHomeVisit} in memory at {@code --sizes}, the chain in memory at
 * {@code --chain-sizes}, both on PostgreSQL at {@code --postgres-sizes} (each trial generates and loads its own
 * population, minutes at 1 M: ask for 1 M where it is wanted); {@code import}, the imports and their baseline at {@code --import-size}; {@code heap},
 * the in-memory adapter's heap at {@code --import-size}. PostgreSQL groups need a server at
 * {@code -Dliens.bench.postgres} (default {@value PopulationDatabase#POSTGRES}); without one they are left out.
 *
 * <p>A ratio is Liens' time over the baseline's (lower is better, 1× is the baseline's speed); for growth it is
 * the time at a size over the time at the smallest; for the heap, the measure over the budget. Each group is one
 * JMH run, so a pair's two figures always share the machine's load of the moment.
 */
public final class PerformanceTable {
  private static final String PACKAGE = "org.liens.benchmarks.";

  /** A Liens benchmark and its baseline, both {@code Class.method}, and the ratio the issue asks for. */
  record Pair(String label, String liens, String baseline, String target) {}

  /** The pairs of issue 13 whose methods do not follow the {@code …ByHand}, {@code …Baseline} naming. */
  static final List<Pair> PAIRS = List.of(
      new Pair("eligibility + price of one referral", "RulesBenchmark.eligibilityDecision",
          "RulesBenchmark.eligibilityDecisionByHand", "≤ 3×, ≥ 5 M/s"),
      new Pair("record a contact, read progress (model)", "RulesBenchmark.recordContactAndReadProgress",
          "RulesBenchmark.recordContactAndReadProgressByHand", "≤ 3×"),
      new Pair("record a contact through the service, memory", "ContactServiceBenchmark.recordHomeVisitAndReadProgress",
          "ContactServiceBenchmark.recordHomeVisitAndReadProgressInALockedMap", "≤ 3×"),
      new Pair("bulk import, Liens default (multi-row INSERTs)", "PopulationImportBenchmark.liensDefault",
          "PopulationImportBenchmark.plainJdbcBatch", "fast by default"),
      new Pair("bulk import, Liens COPY", "PopulationImportBenchmark.liensCopy",
          "PopulationImportBenchmark.plainJdbcBatch", "≤ 0.33× (3× faster)"),
      new Pair("bulk import, Liens COPY, references checked once", "PopulationImportBenchmark.liensCopyCheckedOnce",
          "PopulationImportBenchmark.plainJdbcBatch", "≤ 0.33× (3× faster)"),
      new Pair("bulk import, Liens COPY, indexes built once", "PopulationImportBenchmark.liensCopyIndexesOnce",
          "PopulationImportBenchmark.plainJdbcBatch", "≤ 0.33× (3× faster)"));

  /** Method-name endings that mark a baseline of the method without them, in the same class (other helpers' pairs). */
  static final List<String> BASELINE_SUFFIXES = List.of("Baseline", "ByHand", "BySql", "PlainJdbc");

  private PerformanceTable() {}

  /**
   * Runs the suite and prints the table.
   *
   * @param args options, see the class comment
   * @throws RunnerException if JMH fails
   * @throws IOException if the heap's JVM cannot be run
   * @throws InterruptedException if interrupted while the heap's JVM runs
   */
  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    List<String> options = Arrays.asList(args);
    boolean quick = options.contains("--quick");
    boolean postgres = !options.contains("--no-postgres") && PopulationDatabase.postgresAvailable();
    String sizes = value(options, "--sizes", "10000,100000,1000000");
    String postgresSizes = value(options, "--postgres-sizes", "10000,100000");
    String chainSizes = value(options, "--chain-sizes", "10000,100000");
    String importSize = value(options, "--import-size", "100000");
    List<String> only = Arrays.asList(value(options, "--only", "rules,pairs,scale,import,heap").split(","));
    Map<String, RunResult> results = new LinkedHashMap<>();
    List<String[]> rows = new ArrayList<>();

    if (only.contains("rules")) {
      run(results, base(quick).include(PACKAGE + "(RulesBenchmark\\.(eligibilityDecision|recordContactAndReadProgress)"
          + "|ContactServiceBenchmark\\.)"));
    }
    if (only.contains("pairs")) {
      run(results, base(quick).include(PACKAGE + "Caseload.*"));
    }
    if (only.contains("scale")) {
      String visit = PACKAGE + "PopulationUseCaseBenchmark.recordHomeVisit";
      String chain = PACKAGE + "PopulationUseCaseBenchmark.chain";
      run(results, base(quick).include(visit).param("accompaniments", sizes.split(",")).param("storage", "memory"));
      run(results, base(quick).include(chain).param("accompaniments", chainSizes.split(","))
          .param("storage", "memory"));
      if (postgres) {
        run(results, base(quick).include(visit).include(chain).param("accompaniments", postgresSizes.split(","))
            .param("storage", "postgresql"));
      }
    }
    if (only.contains("import") && postgres) {
      run(results, new OptionsBuilder().include(PACKAGE + "PopulationImportBenchmark").param("accompaniments", importSize)
          .warmupIterations(quick ? 0 : 1).measurementIterations(quick ? 1 : 3));
    }
    for (Pair pair : pairs(results.keySet())) {
      for (RunResult liens : matching(results, pair.liens())) {
        RunResult baseline = sameParams(results, pair.baseline(), liens);
        if (baseline != null) {
          rows.add(row(pair.label() + params(liens), liens, baseline, pair.target()));
        }
      }
    }
    rows.addAll(growth(results, sizes.split(",")[0]));
    if (only.contains("heap")) {
      double mib = heapMiB(Integer.parseInt(importSize));
      rows.add(new String[] {"heap of the in-memory adapter, " + importSize + " accompaniments and their contacts",
          format(mib, "MiB"), "budget 400 MiB", ratio(mib / 400), "≤ 1×"});
    }
    System.out.println();
    System.out.println("| benchmark | Liens | baseline | ratio | target |");
    System.out.println("|---|---|---|---|---|");
    for (String[] row : rows) {
      System.out.println("| " + String.join(" | ", row) + " |");
    }
  }

  private static ChainedOptionsBuilder base(boolean quick) {
    ChainedOptionsBuilder options = new OptionsBuilder().forks(1);
    return quick ? options.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(2)
        .measurementTime(TimeValue.seconds(1)) : options;
  }

  private static void run(Map<String, RunResult> results, ChainedOptionsBuilder options) throws RunnerException {
    Collection<RunResult> run = new Runner(options.build()).run();
    for (RunResult result : run) {
      results.put(result.getParams().getBenchmark() + " " + params(result), result);
    }
  }

  /** The explicit pairs, and a pair for every method whose baseline, by name, was measured too. */
  static List<Pair> pairs(Collection<String> measured) {
    List<Pair> pairs = new ArrayList<>(PAIRS);
    for (String key : measured) {
      String method = shortName(key);
      for (String suffix : BASELINE_SUFFIXES) {
        if (method.endsWith(suffix)) {
          String liens = method.substring(0, method.length() - suffix.length());
          boolean known = pairs.stream().anyMatch(p -> p.liens().equals(liens));
          if (!known && measured.stream().anyMatch(k -> shortName(k).equals(liens))) {
            pairs.add(new Pair(liens, liens, method, "see issue 13"));
          }
        }
      }
    }
    return pairs;
  }

  /** {@code Class.method} of a result's key. */
  private static String shortName(String key) {
    String benchmark = key.substring(PACKAGE.length());
    return benchmark.substring(0, benchmark.indexOf(' '));
  }

  private static List<RunResult> matching(Map<String, RunResult> results, String method) {
    return results.entrySet().stream().filter(e -> shortName(e.getKey()).equals(method)).map(Map.Entry::getValue)
        .toList();
  }

  private static RunResult sameParams(Map<String, RunResult> results, String method, RunResult like) {
    return matching(results, method).stream().filter(r -> params(r).equals(params(like))).findFirst().orElse(null);
  }

  /** The rows of target 7: each use case at each size next to the same use case at the smallest size. */
  private static List<String[]> growth(Map<String, RunResult> results, String smallest) {
    List<String[]> rows = new ArrayList<>();
    for (String method : List.of("PopulationUseCaseBenchmark.recordHomeVisit", "PopulationUseCaseBenchmark.chain")) {
      for (RunResult result : matching(results, method)) {
        String size = result.getParams().getParam("accompaniments");
        String storage = result.getParams().getParam("storage");
        RunResult small = matching(results, method).stream()
            .filter(r -> r.getParams().getParam("accompaniments").equals(smallest)
                && r.getParams().getParam("storage").equals(storage)).findFirst().orElse(null);
        if (small != null && !size.equals(smallest)) {
          rows.add(row(method.substring(method.indexOf('.') + 1) + ", " + storage + ", " + size
              + " accompaniments (baseline: " + smallest + ")", result, small, "flat (≈ 1×)"));
        }
      }
    }
    return rows;
  }

  private static String[] row(String label, RunResult liens, RunResult baseline, String target) {
    double a = liens.getPrimaryResult().getScore();
    double b = baseline.getPrimaryResult().getScore();
    return new String[] {label, format(a, liens.getPrimaryResult().getScoreUnit()),
        format(b, baseline.getPrimaryResult().getScoreUnit()), ratio(a / b), target};
  }

  private static String params(RunResult result) {
    List<String> values = new ArrayList<>();
    for (String key : result.getParams().getParamsKeys()) {
      values.add(key + "=" + result.getParams().getParam(key));
    }
    return values.isEmpty() ? "" : " (" + String.join(", ", values) + ")";
  }

  private static String format(double value, String unit) {
    return String.format(Locale.ROOT, value >= 100 ? "%,.0f %s" : value >= 1 ? "%.2f %s" : "%.3f %s", value, unit);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, value >= 10 ? "%.0f×" : "%.2f×", value);
  }

  private static String value(List<String> options, String name, String otherwise) {
    int i = options.indexOf(name);
    return i >= 0 && i + 1 < options.size() ? options.get(i + 1) : otherwise;
  }

  /** Runs {@link PopulationHeap} in a JVM of its own (this one's class path, 4 GiB of heap) and reads its MiB. */
  private static double heapMiB(int size) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx4g", "-cp", System.getProperty("java.class.path"), PopulationHeap.class.getName(),
        Integer.toString(size)).redirectErrorStream(true).start();
    double mib = Double.NaN;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("heap MiB ")) {
          mib = Double.parseDouble(line.substring("heap MiB ".length()));
        }
      }
    }
    if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0 || Double.isNaN(mib)) {
      throw new IOException("the heap measure failed");
    }
    return mib;
  }
}
