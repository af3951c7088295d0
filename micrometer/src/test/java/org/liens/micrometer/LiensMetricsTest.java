package org.liens.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.observe.UseCaseOutcome;
import org.liens.organisation.OrganisationId;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.TestClock;

/** {@link LiensMetrics} on a {@link SimpleMeterRegistry}, fed by a real {@code Liens} and by hand. */
class LiensMetricsTest {
  private static final Actor COORDINATOR = Actor.of("u-coord", Role.COORDINATOR);
  private static final Actor PRESCRIBER = Actor.of("u-presc", Role.PRESCRIBER, OrganisationId.of(new UUID(0, 7)));

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final Liens liens = Liens.builder().storage(new InMemoryStorage())
      .clock(new TestClock(LocalDate.of(2025, 3, 1)))
      .observer(new LiensMetrics(registry))
      .build();

  private static HouseholdProfile family() {
    return HouseholdProfile.builder().parent(Parent.named("Anne", "Martin")).build();
  }

  @Test
  void useCasesAreTimedByOperationAndOutcomeAndRefusalsCountedByCode() {
    Household household = liens.households().register(COORDINATOR, family());
    liens.households().get(COORDINATOR, household.id());
    liens.households().get(COORDINATOR, household.id());
    assertThatThrownBy(() -> liens.households().register(PRESCRIBER, family())).isInstanceOf(LiensException.class);
    assertThatThrownBy(() -> liens.households().get(COORDINATOR, HouseholdId.of(new UUID(4, 4))))
        .isInstanceOf(LiensException.class);

    assertThat(registry.get(LiensMetrics.USE_CASE).tags("usecase", "household.register", "outcome", "OK").timer()
        .count()).isEqualTo(1);
    assertThat(registry.get(LiensMetrics.USE_CASE).tags("usecase", "household.read", "outcome", "OK").timer()
        .count()).isEqualTo(2);
    assertThat(registry.get(LiensMetrics.USE_CASE).tags("usecase", "household.read", "outcome", "NOT_FOUND").timer()
        .count()).isEqualTo(1);
    assertThat(registry.get(LiensMetrics.REFUSALS).tags("code", "ACCESS_DENIED", "usecase", "household.register")
        .counter().count()).isEqualTo(1);
    assertThat(registry.get(LiensMetrics.REFUSALS).tag("code", "NOT_FOUND").counter().count()).isEqualTo(1);
    assertThat(registry.get(LiensMetrics.STATEMENTS).tag("usecase", "household.read").summary().count())
        .isEqualTo(3);
  }

  @Test
  void durationsAndStatementsAreRecordedAsReported() {
    LiensMetrics metrics = new LiensMetrics(registry);
    metrics.useCaseFinished(UseCaseOutcome.ok("contact.record", Duration.ofMillis(5), 7));
    metrics.useCaseFinished(UseCaseOutcome.failed("contact.record", Duration.ofMillis(3), ErrorCode.INVALID_TEAM, 2));
    metrics.useCaseFinished(UseCaseOutcome.unexpected("contact.record", Duration.ofMillis(1), 0));

    assertThat(registry.get(LiensMetrics.USE_CASE).tags("outcome", "OK").timer().totalTime(TimeUnit.MILLISECONDS))
        .isEqualTo(5);
    assertThat(registry.get(LiensMetrics.USE_CASE).tags("outcome", "UNEXPECTED").timer().count()).isEqualTo(1);
    assertThat(registry.get(LiensMetrics.STATEMENTS).summary().totalAmount()).isEqualTo(9);
    assertThat(registry.get(LiensMetrics.STATEMENTS).summary().max()).isEqualTo(7);
    assertThat(registry.find(LiensMetrics.REFUSALS).counters()).singleElement()
        .satisfies(counter -> assertThat(counter.getId().getTag("code")).isEqualTo("INVALID_TEAM"));
  }

  @Test
  void tagsCarryCodesOnlyNeverPersonalData() {
    Household household = liens.households().register(COORDINATOR, family());
    liens.households().get(COORDINATOR, household.id());

    assertThat(registry.getMeters()).isNotEmpty().allSatisfy((Meter meter) -> assertThat(meter.getId().toString())
        .doesNotContain("Anne", "Martin", "u-coord", household.id().value().toString()));
  }
}
