package org.liens.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.liens.Liens;

/** The settable clock: the day it is set to is "today" in its zone, whatever the zone and the day. */
class MutableClockTest {

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 365 * 300).map(n -> LocalDate.of(1900, 1, 1).plusDays(n));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(Liens.DEFAULT_ZONE, ZoneOffset.UTC, ZoneId.of("Pacific/Kiritimati"),
        ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("America/Cayenne"), ZoneId.of("Indian/Reunion"));
  }

  @Property
  void the_day_set_is_today_in_the_clocks_zone(@ForAll("days") LocalDate start, @ForAll("days") LocalDate day,
      @ForAll("zones") ZoneId zone, @ForAll @IntRange(min = 0, max = 23) int hour) {
    MutableClock clock = new MutableClock(start, LocalTime.of(hour, 0), zone);
    clock.set(day);
    assertThat(clock.today()).isEqualTo(day);
    assertThat(LocalDate.now(clock)).isEqualTo(day);
    assertThat(clock.instant().atZone(zone).toLocalTime()).isEqualTo(LocalTime.of(hour, 0));
  }

  @Property
  void advancing_n_days_moves_today_n_days_on_at_the_same_time(@ForAll("days") LocalDate start,
      @ForAll("zones") ZoneId zone, @ForAll @LongRange(min = 0, max = 1000) long days) {
    MutableClock clock = new MutableClock(start, MutableClock.DEFAULT_TIME, zone);
    clock.advanceDays(days);
    assertThat(clock.today()).isEqualTo(start.plusDays(days));
    assertThat(clock.instant().atZone(zone).toLocalTime()).isEqualTo(MutableClock.DEFAULT_TIME);
  }

  @Property
  void a_view_in_another_zone_shows_the_same_instant_and_follows_moves(@ForAll("days") LocalDate start,
      @ForAll("zones") ZoneId zone, @ForAll @LongRange(min = 0, max = 1000) long days) {
    MutableClock clock = new MutableClock(start);
    var view = clock.withZone(zone);
    clock.advanceDays(days);
    assertThat(view.instant()).isEqualTo(clock.instant());
    assertThat(view.getZone()).isEqualTo(zone);
  }

  @Test
  void by_default_a_day_starts_at_nine_in_paris() {
    MutableClock clock = new MutableClock(LocalDate.of(2023, 9, 4));
    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2023-09-04T07:00:00Z"));
    assertThat(clock.withZone(clock.getZone())).isSameAs(clock);
  }

  @Test
  void advance_moves_the_instant_and_may_change_the_day() {
    MutableClock clock = new MutableClock(LocalDate.of(2023, 12, 31));
    clock.advance(Duration.ofHours(15));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2023-12-31T23:00:00Z"));
  }

  @Test
  void time_never_goes_back() {
    MutableClock clock = new MutableClock(LocalDate.of(2023, 9, 4));
    assertThatThrownBy(() -> clock.advanceDays(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.today()).isEqualTo(LocalDate.of(2023, 9, 4));
  }
}
