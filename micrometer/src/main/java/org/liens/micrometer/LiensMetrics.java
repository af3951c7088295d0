package org.liens.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import org.liens.observe.LiensObserver;
import org.liens.observe.UseCaseOutcome;
import org.liens.shared.ErrorCode;

/**
 * Binds the Liens observer SPI to a Micrometer {@link MeterRegistry}:
 *
 * <pre>{@code
 * Liens liens = Liens.builder()
 *     .storage(storage)
 *     .observer(new LiensMetrics(meterRegistry))
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>Timer {@value #USE_CASE}, tagged {@code usecase} (the operation code, such as {@code household.register})
 *       and {@code outcome} ({@code OK}, an {@link ErrorCode} name, or {@code UNEXPECTED}): how long each use case
 *       took;</li>
 *   <li>Counter {@value #REFUSALS}, tagged {@code code} (the {@link ErrorCode} name) and {@code usecase}: the use
 *       cases refused or failed with an error code;</li>
 *   <li>DistributionSummary {@value #STATEMENTS}, tagged {@code usecase}: the storage statements each use case sent
 *       (always 0 with an adapter that does not count them, such as the in-memory one).</li>
 * </ul>
 *
 * Every tag value comes from a bounded enumeration, so the number of meters is bounded too. Thread-safe.
 */
public final class LiensMetrics implements LiensObserver {
  /** The name of the timer of use cases. */
  public static final String USE_CASE = "liens.usecase";
  /** The name of the counter of refusals. */
  public static final String REFUSALS = "liens.refusals";
  /** The name of the distribution summary of storage statements per use case. */
  public static final String STATEMENTS = "liens.statements";

  private final MeterRegistry registry;

  /**
   * Records the use cases it is told of in {@code registry}.
   *
   * @param registry the host's meter registry
   */
  public LiensMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Records the use case's duration, its refusal if it was refused or failed with an error code, and its
   * statements.
   *
   * @param outcome how the use case ended
   */
  @Override
  public void useCaseFinished(UseCaseOutcome outcome) {
    Timer.builder(USE_CASE)
        .description("Liens use cases, by operation code and outcome")
        .tag("usecase", outcome.useCase())
        .tag("outcome", outcome.outcome())
        .register(registry)
        .record(outcome.duration());
    outcome.errorCode().ifPresent(code -> Counter.builder(REFUSALS)
        .description("Liens use cases refused or failed, by error code")
        .tag("code", code.name())
        .tag("usecase", outcome.useCase())
        .register(registry)
        .increment());
    DistributionSummary.builder(STATEMENTS)
        .description("Storage statements sent per Liens use case")
        .baseUnit("statements")
        .tag("usecase", outcome.useCase())
        .register(registry)
        .record(outcome.statements());
  }
}
