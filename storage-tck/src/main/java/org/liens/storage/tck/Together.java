package org.liens.storage.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writers started at the same instant, for the concurrency contracts and an adapter's own concurrency tests: each
 * thread waits on one latch, so they all reach the storage together.
 */
public final class Together {

  /**
   * The work of one thread.
   *
   * @param <T> what it returns
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Does the thread's work.
     *
     * @param thread the thread's index, from 0
     * @return its result
     * @throws Exception if the work fails; {@link #run} then fails with it
     */
    T run(int thread) throws Exception;
  }

  private Together() {}

  /**
   * Runs {@code work} on {@code threads} threads started together and returns their results in thread order;
   * each thread may take up to two minutes.
   *
   * @param threads how many threads
   * @param work what each thread does
   * @param <T> what each thread returns
   * @return the results, in thread order
   * @throws Exception if a thread fails, times out or is interrupted
   */
  public static <T> List<T> run(int threads, Work<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          return work.run(thread);
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(2, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
