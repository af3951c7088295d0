package org.liens.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The CPU-time profiler counts JMH's worker threads, and only them. */
class ProcessCpuProfilerTest {
  private static final long BUSY_NANOS = 100_000_000L;
  private final ProcessCpuProfiler profiler = new ProcessCpuProfiler();

  @Test
  void a_busy_worker_thread_is_counted() throws InterruptedException {
    assertThat(counted("org.liens.benchmarks.Bench-jmh-worker-1")).isGreaterThanOrEqualTo(BUSY_NANOS);
  }

  @Test
  void another_busy_thread_is_not() throws InterruptedException {
    assertThat(counted("some-other-thread")).isLessThan(BUSY_NANOS / 2);
  }

  /** What the profiler counts between before a thread of this name starts and the end of its busy work. */
  private long counted(String name) throws InterruptedException {
    long before = profiler.workersCpuTime();
    AtomicLong during = new AtomicLong();
    Thread thread = new Thread(() -> {
      spin();
      during.set(profiler.workersCpuTime()); // read while the thread still lives
    }, name);
    thread.start();
    thread.join();
    return during.get() - before;
  }

  /** Burns {@link #BUSY_NANOS} of this thread's CPU time, however loaded the machine is. */
  private static void spin() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    long x = 0;
    while (threads.getCurrentThreadCpuTime() - start < BUSY_NANOS) {
      x += x * 31 + 7;
    }
    if (x == 42) {
      System.out.println(x);
    }
  }
}
