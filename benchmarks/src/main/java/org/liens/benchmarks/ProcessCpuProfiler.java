package org.liens.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time the benchmark's threads (JMH's workers) spent per operation
 * ({@code -prof org.liens.benchmarks.ProcessCpuProfiler}): on the shared, loaded machine a call waits for a core
 * for a time that depends on the other jobs, while the CPU it burns depends mostly on the code (issue 13). The
 * collector's and the compiler's threads are not counted (the allocation is, by {@code -prof gc}). Reported as
 * {@code cpu.time.norm} in microseconds per operation (per shot in single-shot mode), next to the wall-clock score.
 */
public final class ProcessCpuProfiler implements InternalProfiler {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long before;

  /** A profiler, made by JMH by name. */
  public ProcessCpuProfiler() {}

  @Override
  public String getDescription() {
    return "CPU time of the benchmark's JVM per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = workersCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long spent = workersCpuTime() - before;
    long operations = Math.max(1, result.getMetadata().getAllOps());
    return List.of(new ScalarResult("cpu.time.norm", spent / 1000.0 / operations, "µs/op", AggregationPolicy.AVG));
  }

  /** The CPU time, in nanoseconds, of the live threads JMH runs the benchmark in. */
  long workersCpuTime() {
    long sum = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains("jmh-worker")) {
        sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return sum;
  }
}
