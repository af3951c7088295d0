package org.liens.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.codeOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

/** The clock-skew policy of issue dates (issue 10, defect 1): series stay chronological, clocks are never trusted blindly. */
class IssueDatePolicyProperties {
  private static final LocalDate START = LocalDate.of(2024, 6, 20);

  /**
   * Several hosts issue in one series; each call's clock is {@code behind} days behind the latest true day (0 to 4),
   * and the true day moves on by 0 to 3 days between calls: within the tolerance the call is dated, never before
   * the last issue date, beyond it refused with CLOCK_BEHIND_SERIES; either way issue dates never decrease along the
   * numbers.
   */
  @Property(tries = 300)
  void issueDatesNeverDecreaseAlongTheNumbersOfASeries(
      @ForAll @IntRange(min = 0, max = 3) int tolerance,
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 4) Integer> behind,
      @ForAll @Size(min = 20, max = 20) List<@IntRange(min = 0, max = 3) Integer> advance) {
    IssueDatePolicy policy = new IssueDatePolicy(tolerance);
    LocalDate trueDay = START;
    Optional<SequencePosition> position = Optional.empty();
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < behind.size(); i++) {
      trueDay = trueDay.plusDays(advance.get(i));
      LocalDate today = trueDay.minusDays(behind.get(i));
      LocalDate floor = position.map(SequencePosition::lastIssuedOn).orElse(LocalDate.MIN);
      Optional<SequencePosition> before = position;
      try {
        LocalDate on = policy.issueDate(position.map(SequencePosition::lastIssuedOn).orElse(today), today);
        position = Optional.of(position.map(p -> p.next(on)).orElseGet(() -> SequencePosition.first(on)));
        dates.add(on);
        assertThat(on).isEqualTo(today.isBefore(floor) ? floor : today);
        assertThat(on).isBeforeOrEqualTo(trueDay);
      } catch (LiensException e) {
        assertThat(e.code()).isEqualTo(ErrorCode.CLOCK_BEHIND_SERIES);
        assertThat(floor.toEpochDay() - today.toEpochDay()).isGreaterThan(tolerance);
        assertThat(position).isEqualTo(before);
      }
    }
    assertThat(dates).isSorted();
    assertThat(position.map(SequencePosition::last).orElse(0L)).isEqualTo(dates.size());
  }

  @Test
  void aClockBehindWithinTheToleranceTakesTheSeriesDateBeyondItIsRefused() {
    LocalDate last = LocalDate.of(2024, 7, 1);
    assertThat(IssueDatePolicy.ONE_DAY_TOLERANCE.issueDate(last, last.minusDays(1))).isEqualTo(last);
    assertThat(IssueDatePolicy.ONE_DAY_TOLERANCE.issueDate(last, last.plusDays(3))).isEqualTo(last.plusDays(3));
    assertThat(codeOf(() -> IssueDatePolicy.ONE_DAY_TOLERANCE.issueDate(last, last.minusDays(2))))
        .isEqualTo(ErrorCode.CLOCK_BEHIND_SERIES);
    assertThat(codeOf(() -> IssueDatePolicy.STRICT.issueDate(last, last.minusDays(1))))
        .isEqualTo(ErrorCode.CLOCK_BEHIND_SERIES);
    assertThat(codeOf(() -> new IssueDatePolicy(-1))).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(BillingPolicy.standard().issueDates()).isEqualTo(IssueDatePolicy.ONE_DAY_TOLERANCE);
  }
}
