package org.liens.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.liens.storage.memory.InMemoryStorage;

/**
 * Issue 13, target 6: the heap the in-memory adapter holds for a generated population (100 k accompaniments carry
 * about 1 M contacts), measured as the used heap after full collections with the storage loaded, minus the used
 * heap after full collections before, the generated population itself unreachable by then. Run in a JVM of its own
 * (the {@link PerformanceTable} forks one) so that nothing else sits on the heap:
 * {@code java -cp benchmarks.jar org.liens.benchmarks.PopulationHeap 100000} prints the MiB.
 */
public final class PopulationHeap {
  private PopulationHeap() {}

  /**
   * Prints {@code heap MiB <n>} for a population of {@code args[0]} accompaniments (default 100,000).
   *
   * @param args the number of accompaniments
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    System.out.printf(java.util.Locale.ROOT, "heap MiB %.1f%n", measure(size) / (1024.0 * 1024.0));
  }

  /**
   * {@return the bytes of heap an {@link InMemoryStorage} holding the population takes}
   *
   * @param size the accompaniments of the population
   */
  static long measure(int size) {
    long before = usedAfterGc();
    InMemoryStorage storage = new InMemoryStorage();
    PopulationLoad.save(PopulationGenerator.generate(2023, size), storage);
    long after = usedAfterGc();
    // keeps the storage reachable until the measure is taken
    if (storage.read(r -> r.accompaniments().open()).isEmpty()) {
      throw new IllegalStateException("the population was not stored");
    }
    return after - before;
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
