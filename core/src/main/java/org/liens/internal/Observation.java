package org.liens.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.liens.access.Operation;
import org.liens.observe.LiensObserver;
import org.liens.observe.UseCaseOutcome;
import org.liens.shared.Checks;
import org.liens.shared.LiensException;
import org.liens.storage.Repositories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the {@link LiensObserver}s when each use case of the {@link Engine} starts and finishes, with its duration,
 * outcome and the storage statements it ran. An observer that throws is logged (its class and the exception's class,
 * never a message) and skipped: the use case goes on unchanged.
 */
final class Observation {
  private static final Logger LOG = LoggerFactory.getLogger(Observation.class);

  private final List<LiensObserver> observers;

  Observation(List<LiensObserver> observers) {
    this.observers = Checks.listOf(observers, "observers");
  }

  /** The statements one use case ran, summed over its transactions (a retried transaction counts every attempt). */
  static final class Statements {
    private long count;

    /**
     * Runs {@code work} on {@code repositories} and adds the statements it sent, even if it throws; a transaction
     * the use case joined counts only from here.
     */
    <T> T counted(Repositories repositories, Function<Repositories, T> work) {
      long before = repositories.statementCount();
      try {
        return work.apply(repositories);
      } finally {
        count += Math.max(0, repositories.statementCount() - before);
      }
    }

    long count() {
      return count;
    }
  }

  /** Runs one use case, named by its operation, and reports it to every observer. */
  <T> T observe(Operation operation, Function<Statements, T> useCase) {
    Statements statements = new Statements();
    if (observers.isEmpty() || operation == null) {
      return useCase.apply(statements); // without an operation, the use case fails with MISSING_VALUE at once
    }
    String name = operation.code();
    tell(observer -> observer.useCaseStarted(name));
    long start = System.nanoTime();
    try {
      T value = useCase.apply(statements);
      finished(UseCaseOutcome.ok(name, since(start), statements.count()));
      return value;
    } catch (LiensException e) {
      finished(UseCaseOutcome.failed(name, since(start), e.code(), statements.count()));
      throw e;
    } catch (RuntimeException | Error e) {
      finished(UseCaseOutcome.unexpected(name, since(start), statements.count()));
      throw e;
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(Math.max(0, System.nanoTime() - start));
  }

  private void finished(UseCaseOutcome outcome) {
    tell(observer -> observer.useCaseFinished(outcome));
  }

  private void tell(Consumer<LiensObserver> call) {
    for (LiensObserver observer : observers) {
      try {
        call.accept(observer);
      } catch (RuntimeException e) {
        LOG.warn("observer {} failed: {}", observer.getClass().getName(), e.getClass().getName());
      }
    }
  }
}
