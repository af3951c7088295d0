package org.liens.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/** The audit trail's retention: one year by default (CNIL référentiel), counted back in calendar terms. */
class AuditPolicyProperties {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Example
  @Label("the default keeps one year: as of 2025-03-01T10:00 Paris, everything before 2024-03-01T10:00 Paris goes")
  void theDefaultIsOneYear() {
    AuditPolicy standard = AuditPolicy.standard();
    assertThat(standard.retention()).isEqualTo(Period.ofYears(1));
    Instant asOf = LocalDateTime.of(2025, 3, 1, 10, 0).atZone(PARIS).toInstant();
    assertThat(standard.keptFrom(asOf, PARIS)).isEqualTo(LocalDateTime.of(2024, 3, 1, 10, 0).atZone(PARIS).toInstant());
  }

  @Example
  @Label("one year back from 29 February is 28 February")
  void oneYearBackFromALeapDay() {
    Instant asOf = LocalDateTime.of(2024, 2, 29, 10, 0).atZone(PARIS).toInstant();
    assertThat(AuditPolicy.standard().keptFrom(asOf, PARIS))
        .isEqualTo(LocalDateTime.of(2023, 2, 28, 10, 0).atZone(PARIS).toInstant());
  }

  @Property
  @Label("the first instant kept is before the purge instant and after it minus the retention plus one day")
  void keptFromLiesWithinTheRetention(@ForAll @IntRange(min = 1, max = 120) int months,
      @ForAll @LongRange(min = 0, max = 4_000_000_000L) long seconds) {
    Instant asOf = Instant.parse("2000-01-01T00:00:00Z").plusSeconds(seconds);
    Instant keptFrom = AuditPolicy.of(Period.ofMonths(months)).keptFrom(asOf, PARIS);
    assertThat(keptFrom).isBefore(asOf);
    assertThat(keptFrom.atZone(PARIS).plusMonths(months).toLocalDate())
        .isBetween(asOf.atZone(PARIS).toLocalDate().minusDays(3), asOf.atZone(PARIS).toLocalDate());
  }

  @Property
  @Label("a retention that is not positive or is longer than ten years is INVALID_VALUE")
  void aRetentionOutsideOneDayToTenYearsIsRefused(@ForAll @IntRange(min = -400, max = 0) int days,
      @ForAll @IntRange(min = 1, max = 400) int extraDays) {
    for (Period bad : new Period[] {Period.ofDays(days), Period.ofYears(10).plusDays(extraDays),
        Period.of(1, -1, 0)}) {
      assertThatThrownBy(() -> AuditPolicy.of(bad)).isInstanceOfSatisfying(InvalidInputException.class,
          e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }
    assertThat(AuditPolicy.of(Period.ofDays(1)).retention()).isEqualTo(Period.ofDays(1));
    assertThat(AuditPolicy.of(Period.ofYears(10)).retention()).isEqualTo(Period.ofYears(10));
  }
}
