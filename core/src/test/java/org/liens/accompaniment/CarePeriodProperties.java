package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.liens.catalog.OfferDuration;

class CarePeriodProperties {

  @Provide
  Arbitrary<LocalDate> startDates() {
    return Dates.dates().between(LocalDate.of(1990, 1, 1), LocalDate.of(2100, 12, 31));
  }

  @Property
  @Label("R2: a period always spans exactly the offer's duration from its first appointment, under either convention")
  void spans_the_duration(
      @ForAll("startDates") LocalDate start, @ForAll @IntRange(min = 1, max = 36) int months,
      @ForAll EndDateConvention convention) {
    CarePeriod period = CarePeriod.starting(start, OfferDuration.months(months), convention);
    LocalDate anniversary = start.plusMonths(months);
    LocalDate lastDay = period.lastDay().orElseThrow();

    assertThat(period.start()).isEqualTo(start);
    assertThat(lastDay).isEqualTo(
        convention == EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY ? anniversary.minusDays(1) : anniversary);
    assertThat(period.contains(start)).isTrue();
    assertThat(period.contains(lastDay)).isTrue();
    assertThat(period.contains(start.minusDays(1))).isFalse();
    assertThat(period.contains(lastDay.plusDays(1))).isFalse();
    assertThat(period.elapsedDays(lastDay)).isEqualTo(period.lengthInDays().orElseThrow());
  }

  @Property
  @Label("A per-session period (ARCS) never ends")
  void per_session_never_ends(@ForAll("startDates") LocalDate start, @ForAll @IntRange(max = 100_000) int later) {
    CarePeriod period = CarePeriod.starting(start, OfferDuration.perSession(), EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY);
    assertThat(period.endExclusive()).isEmpty();
    assertThat(period.contains(start.plusDays(later))).isTrue();
  }

  @Example
  @Label("Six months from 31 August: the end of February, 28 or 29 by the year")
  void thirty_first_of_august() {
    assertThat(CarePeriod.starting(LocalDate.of(2023, 8, 31), OfferDuration.months(6),
        EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY))
        .isEqualTo(new CarePeriod(LocalDate.of(2023, 8, 31), Optional.of(LocalDate.of(2024, 2, 29))));
    assertThat(lastDayOfSixMonths(LocalDate.of(2023, 8, 31), EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY))
        .contains(LocalDate.of(2024, 2, 28));
    assertThat(lastDayOfSixMonths(LocalDate.of(2023, 8, 31), EndDateConvention.LAST_DAY_IS_ANNIVERSARY))
        .contains(LocalDate.of(2024, 2, 29));
    assertThat(lastDayOfSixMonths(LocalDate.of(2022, 8, 31), EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY))
        .contains(LocalDate.of(2023, 2, 27));
    assertThat(lastDayOfSixMonths(LocalDate.of(2022, 8, 31), EndDateConvention.LAST_DAY_IS_ANNIVERSARY))
        .contains(LocalDate.of(2023, 2, 28));
  }

  @Example
  @Label("Six months from 29 February 2024: the anniversary is 29 August 2024")
  void twenty_ninth_of_february() {
    assertThat(lastDayOfSixMonths(LocalDate.of(2024, 2, 29), EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY))
        .contains(LocalDate.of(2024, 8, 28));
    assertThat(lastDayOfSixMonths(LocalDate.of(2024, 2, 29), EndDateConvention.LAST_DAY_IS_ANNIVERSARY))
        .contains(LocalDate.of(2024, 8, 29));
  }

  static Optional<LocalDate> lastDayOfSixMonths(LocalDate firstAppointment, EndDateConvention convention) {
    return CarePeriod.starting(firstAppointment, OfferDuration.months(6), convention).lastDay();
  }

  @Property
  @Label("Elapsed days never exceed the period and never go below zero")
  void elapsed_days_are_bounded(@ForAll("startDates") LocalDate start, @ForAll @IntRange(min = -400, max = 400) int offset) {
    CarePeriod period = CarePeriod.starting(start, OfferDuration.months(6), EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY);
    long elapsed = period.elapsedDays(start.plusDays(offset));
    assertThat(elapsed).isBetween(0L, period.lengthInDays().orElseThrow());
    assertThat(elapsed == 0).isEqualTo(offset < 0);
  }
}
