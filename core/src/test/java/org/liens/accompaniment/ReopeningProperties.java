package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.codeOf;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.liens.catalog.OfferCode;
import org.liens.event.EventPayload;
import org.liens.fixtures.Fixtures;
import org.liens.shared.Change;
import org.liens.shared.ErrorCode;

/** Reopening a closed accompaniment (issue 14): within the window only, never a cancelled one. */
class ReopeningProperties {
  static final LocalDate CLOSED_ON = LifecycleProperties.ENDED_ON;
  static final Accompaniment CLOSED = LifecycleProperties.REPORTED.close(CLOSED_ON, CLOSED_ON).after();

  @Property(tries = 300)
  @Label("A closed accompaniment is reopened exactly up to the window's last day, active again with all it held")
  void a_closed_accompaniment_is_reopened_within_its_window_only(
      @ForAll @IntRange(max = 60) int window, @ForAll @IntRange(max = 90) int daysAfter,
      @ForAll ReopenReason reason) {
    LocalDate today = CLOSED_ON.plusDays(daysAfter);
    ReopeningWindow policy = ReopeningWindow.ofDays(window);
    boolean within = daysAfter <= window;
    Statistics.label("within the window").collect(within);
    if (!within) {
      assertThat(codeOf(() -> CLOSED.reopen(policy, reason, today))).isEqualTo(ErrorCode.REOPEN_WINDOW_PASSED);
      return;
    }
    Change<Accompaniment> change = CLOSED.reopen(policy, reason, today);
    Accompaniment reopened = change.after();
    assertThat(reopened.status()).isEqualTo(AccompanimentStatus.ACTIVE);
    assertThat(reopened.endedOn()).isEmpty();
    assertThat(reopened.exitReason()).isEmpty();
    assertThat(reopened.period()).isEqualTo(CLOSED.period());
    assertThat(reopened.contacts()).isEqualTo(CLOSED.contacts());
    assertThat(reopened.actionReport()).isEqualTo(CLOSED.actionReport());
    assertThat(change.events()).containsExactly(new AccompanimentReopened(CLOSED.id(), today, CLOSED_ON, reason));
    // and it may be closed again
    assertThat(reopened.close(today, today).after().status()).isEqualTo(AccompanimentStatus.CLOSED);
  }

  @Property(tries = 100)
  @Label("A cancelled accompaniment is never reopened, whatever the window; an open or succeeded one is not closed")
  void a_cancelled_accompaniment_is_never_reopened(
      @ForAll @IntRange(max = 366) int window, @ForAll @IntRange(max = 30) int daysAfter) {
    ReopeningWindow policy = ReopeningWindow.ofDays(window);
    Accompaniment cancelled = LifecycleProperties.REPORTED.cancel("Déménagement", CLOSED_ON, CLOSED_ON).after();
    LocalDate today = CLOSED_ON.plusDays(daysAfter);
    assertThat(codeOf(() -> cancelled.reopen(policy, ReopenReason.CLOSED_IN_ERROR, today)))
        .isEqualTo(ErrorCode.REOPEN_CANCELLED);
    for (Accompaniment other : List.of(Fixtures.opened(OfferCode.MIP), Fixtures.started(OfferCode.MAPA),
        LifecycleProperties.REPORTED.succeededBy(LifecycleProperties.SUCCESSOR, CLOSED_ON, CLOSED_ON).after())) {
      assertThat(codeOf(() -> other.reopen(policy, ReopenReason.OTHER, today)))
          .isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    }
  }

  @Example
  void theStandardWindowIsThirtyDaysAfterTheClosureDay() {
    assertThat(ReopeningWindow.standard().lastDay(LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(ReopeningWindow.standard().lastDay(LocalDate.of(2023, 1, 31))).isEqualTo(LocalDate.of(2023, 3, 2));
    assertThat(codeOf(() -> ReopeningWindow.ofDays(-1))).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(codeOf(() -> ReopeningWindow.ofDays(367))).isEqualTo(ErrorCode.INVALID_VALUE);
    List<EventPayload> events = CLOSED.reopen(ReopeningWindow.standard(), ReopenReason.FAMILY_ASKED_AGAIN,
        CLOSED_ON.plusDays(30)).events();
    assertThat(events).hasSize(1);
  }
}
