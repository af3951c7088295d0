package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liens.fixtures.Fixtures.FIRST_APPOINTMENT;
import static org.liens.fixtures.Fixtures.LEA;
import static org.liens.fixtures.Fixtures.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.RuleViolationException;

/**
 * The hot paths of issue 13 (a contact recorded, a version stamped, progress read) still refuse what they refused:
 * through the commands, the public constructors and the builder a storage adapter uses.
 */
class AccompanimentChecksTest {
  static final LocalDate TODAY = FIRST_APPOINTMENT.plusDays(60);

  static Accompaniment withContacts(int count) {
    Accompaniment a = Fixtures.started(OfferCode.MIP);
    for (int i = 0; i < count; i++) {
      a = a.record(new HomeVisit(ContactId.of(UUID.randomUUID()), FIRST_APPOINTMENT.plusDays(i % 60), LEA), TODAY)
          .after();
    }
    return a;
  }

  static HomeVisit visit(LocalDate on) {
    return new HomeVisit(ContactId.of(UUID.randomUUID()), on, LEA);
  }

  @Test
  void with_version_changes_the_version_only_and_refuses_a_negative_one() {
    for (Accompaniment a : List.of(Fixtures.opened(OfferCode.MIP), withContacts(3), withContacts(40),
        withContacts(2).cancel("Déménagement", TODAY, TODAY).after())) {
      Accompaniment stamped = a.withVersion(7);

      assertThat(stamped.version()).isEqualTo(7);
      assertThat(stamped).isEqualTo(Accompaniment.builder().from(a).version(7).build());
      assertThat(stamped.withVersion(a.version())).isEqualTo(a);
      assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, () -> a.withVersion(-1));
    }
  }

  @Test
  void recording_still_refuses_a_contact_outside_the_period_in_the_future_by_a_stranger_or_twice() {
    for (Accompaniment a : List.of(withContacts(2), withContacts(40))) {
      Contact first = a.contacts().get(0);
      LocalDate end = a.period().orElseThrow().endExclusive().orElseThrow();

      assertRefused(RuleViolationException.class, ErrorCode.CONTACT_OUTSIDE_PERIOD,
          () -> a.record(visit(FIRST_APPOINTMENT.minusDays(1)), TODAY));
      assertRefused(RuleViolationException.class, ErrorCode.CONTACT_OUTSIDE_PERIOD, () -> a.record(visit(end), end));
      assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
          () -> a.record(visit(TODAY.plusDays(1)), TODAY));
      assertRefused(RuleViolationException.class, ErrorCode.EDUCATOR_NOT_IN_TEAM,
          () -> a.record(new HomeVisit(ContactId.of(UUID.randomUUID()), TODAY, Fixtures.SAM), TODAY));
      assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
          () -> a.record(new HomeVisit(first.id(), TODAY, LEA), TODAY));
      assertThat(a.record(visit(end.minusDays(1)), end.minusDays(1)).after().contacts()).hasSize(a.contacts().size() + 1);
    }
  }

  @Test
  void a_follow_up_built_whole_still_refuses_a_contact_twice_or_outside_its_period() {
    for (int count : new int[] {2, 40}) {
      FollowUp f = withContacts(count).lifecycle().started().orElseThrow();
      List<Contact> twice = new java.util.ArrayList<>(f.contacts());
      twice.add(f.contacts().get(count - 1));
      List<Contact> outside = new java.util.ArrayList<>(f.contacts());
      outside.add(visit(f.period().endExclusive().orElseThrow()));

      assertThatThrownBy(() -> new FollowUp(f.period(), f.tariff(), twice, f.plannedVisits(), f.documents()))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("contact recorded twice");
      assertThatThrownBy(() -> new FollowUp(f.period(), f.tariff(), outside, f.plannedVisits(), f.documents()))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("contact outside the period");
      assertThatThrownBy(() -> Accompaniment.builder().from(withContacts(count)).contacts(twice).build())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("contact recorded twice");
    }
  }

  @Test
  void a_period_contains_its_days_only_and_counts_them_with_or_without_an_end() {
    CarePeriod sixMonths = new CarePeriod(FIRST_APPOINTMENT, Optional.of(FIRST_APPOINTMENT.plusDays(182)));
    CarePeriod open = new CarePeriod(FIRST_APPOINTMENT, Optional.empty());

    assertThat(sixMonths.contains(FIRST_APPOINTMENT)).isTrue();
    assertThat(sixMonths.contains(FIRST_APPOINTMENT.plusDays(181))).isTrue();
    assertThat(sixMonths.contains(FIRST_APPOINTMENT.plusDays(182))).isFalse();
    assertThat(sixMonths.contains(FIRST_APPOINTMENT.minusDays(1))).isFalse();
    assertThat(open.contains(LocalDate.of(2200, 12, 31))).isTrue();
    assertThat(sixMonths.elapsedDays(FIRST_APPOINTMENT.minusDays(5))).isZero();
    assertThat(sixMonths.elapsedDays(FIRST_APPOINTMENT.plusDays(9))).isEqualTo(10);
    assertThat(sixMonths.elapsedDays(FIRST_APPOINTMENT.plusDays(900))).isEqualTo(182);
    assertThat(open.elapsedDays(FIRST_APPOINTMENT.plusDays(900))).isEqualTo(901);
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE, () -> sixMonths.contains(null));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE, () -> sixMonths.elapsedDays(null));
  }
}
