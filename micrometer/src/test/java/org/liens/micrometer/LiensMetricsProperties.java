package org.liens.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.liens.access.Operation;
import org.liens.observe.UseCaseOutcome;
import org.liens.shared.ErrorCode;

/** Whatever the use cases reported, the meters add up to them. */
class LiensMetricsProperties {

  @Provide
  Arbitrary<List<UseCaseOutcome>> outcomes() {
    Arbitrary<String> useCase = Arbitraries.of(Operation.class).map(Operation::code);
    Arbitrary<Duration> duration = Arbitraries.longs().between(0, 5_000_000_000L).map(Duration::ofNanos);
    Arbitrary<Long> statements = Arbitraries.longs().between(0, 500);
    Arbitrary<String> outcome = Arbitraries.oneOf(Arbitraries.just(UseCaseOutcome.OK),
        Arbitraries.just(UseCaseOutcome.UNEXPECTED), Arbitraries.of(ErrorCode.class).map(ErrorCode::name));
    return Combinators.combine(useCase, duration, outcome, statements).as(UseCaseOutcome::new).list().ofMaxSize(60);
  }

  @Property(tries = 200)
  @Label("timers count every use case per operation and outcome; refusals count those with an error code")
  void metersAddUp(@ForAll("outcomes") List<UseCaseOutcome> outcomes) {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    LiensMetrics metrics = new LiensMetrics(registry);
    outcomes.forEach(metrics::useCaseFinished);

    for (UseCaseOutcome outcome : outcomes) {
      long expected = outcomes.stream()
          .filter(o -> o.useCase().equals(outcome.useCase()) && o.outcome().equals(outcome.outcome())).count();
      Timer timer = registry.get(LiensMetrics.USE_CASE)
          .tags("usecase", outcome.useCase(), "outcome", outcome.outcome()).timer();
      assertThat(timer.count()).isEqualTo(expected);
    }
    double refusals = registry.find(LiensMetrics.REFUSALS).counters().stream().mapToDouble(Counter::count).sum();
    assertThat(refusals).isEqualTo(outcomes.stream().filter(o -> o.errorCode().isPresent()).count());
    double statements = registry.find(LiensMetrics.STATEMENTS).summaries().stream()
        .mapToDouble(s -> s.totalAmount()).sum();
    assertThat(statements).isEqualTo(outcomes.stream().mapToLong(UseCaseOutcome::statements).sum());
    assertThat(registry.find(LiensMetrics.USE_CASE).timers().stream().mapToLong(Timer::count).sum())
        .isEqualTo(outcomes.size());
  }
}
