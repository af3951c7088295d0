package org.liens.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.codeOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.liens.figures.GroupAttendance;
import org.liens.figures.WorkshopAttendance;
import org.liens.fixtures.Fixtures;
import org.liens.household.PersonId;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * ARCS attendance (issue 14): a session is held when one child at least attended; only held sessions use the
 * group's planned sessions; attendance names enrolled children only; a group takes six children at most.
 */
class AttendanceProperties {
  static final LocalDate TODAY = WorkshopSeriesTest.TODAY;
  private final WorkshopSeriesTest fixtures = new WorkshopSeriesTest();

  @Property(tries = 200)
  @Label("A session is held exactly when a child attended; only held ones use the planned sessions and count")
  void a_session_is_held_when_a_child_attended(
      @ForAll @IntRange(min = 1, max = 6) int children, @ForAll @Size(max = 12) List<@IntRange(max = 63) Integer> masks) {
    WorkshopSeries series = fixtures.seriesFor(children);
    for (int i = 0; i < children; i++) {
      series = series.enrol(fixtures.pupil(), TODAY).after();
    }
    int held = 0;
    int notHeld = 0;
    int attendances = 0;
    for (int mask : masks) {
      Set<PersonId> attended = new HashSet<>();
      for (int i = 0; i < children; i++) {
        if ((mask >> i & 1) == 1) {
          attended.add(series.participants().get(i).child().id());
        }
      }
      if (held == series.sessionsPerGroup()) {
        WorkshopSeries done = series;
        assertThat(codeOf(() -> done.recordSession(Fixtures.uuid(), 1, TODAY, attended, TODAY)))
            .isEqualTo(ErrorCode.SESSIONS_EXHAUSTED);
        continue;
      }
      var change = series.recordSession(Fixtures.uuid(), 1, TODAY, attended, TODAY);
      series = change.after();
      GroupSession session = series.sessions().get(series.sessions().size() - 1);
      assertThat(session.held()).isEqualTo(!attended.isEmpty());
      assertThat(change.events()).singleElement().isInstanceOf(
          attended.isEmpty() ? GroupSessionNotHeld.class : GroupSessionHeld.class);
      if (attended.isEmpty()) {
        notHeld++;
      } else {
        held++;
        attendances += attended.size();
      }
    }
    assertThat(series.heldSessions()).hasSize(held);
    assertThat(series.sessions()).hasSize(held + notHeld);
    assertThat(series.firstSession().isPresent()).isEqualTo(held > 0);
    List<GroupAttendance> figures = WorkshopAttendance.compute(List.of(series), TODAY, TODAY);
    if (held + notHeld == 0) {
      assertThat(figures).isEmpty();
    } else {
      GroupAttendance g = figures.get(0);
      assertThat(g.sessionsHeld()).isEqualTo(held);
      assertThat(g.sessionsNotHeld()).isEqualTo(notHeld);
      assertThat(g.attendances()).isEqualTo(attendances);
      assertThat(g.expected()).isEqualTo(held * children);
      if (held == 0) {
        assertThat(g.rate()).isEmpty();
      } else {
        assertThat(g.rate()).hasValueSatisfying(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
      }
    }
    Statistics.label("sessions not held").collect(notHeld == 0 ? "none" : "some");
  }

  @Property(tries = 100)
  @Label("A group takes six children at most: the seventh is refused with GROUP_FULL, nothing changes")
  void a_group_takes_six_children_at_most(@ForAll @IntRange(min = 7, max = 12) int quoted) {
    WorkshopSeries series = fixtures.seriesFor(quoted);
    for (int i = 0; i < 6; i++) {
      series = series.enrol(fixtures.pupil(), 1, TODAY).after();
    }
    WorkshopSeries full = series;
    RuleViolationException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> full.enrol(fixtures.pupil(), 1, TODAY), RuleViolationException.class);
    assertThat(refused.code()).isEqualTo(ErrorCode.GROUP_FULL);
    assertThat(full.enrol(fixtures.pupil(), TODAY).after().participants(2)).hasSize(1);
  }

  @Example
  void onlyChildrenOfTheGroupEnrolledByThatDayAttend() {
    WorkshopSeries series = fixtures.seriesFor(8);
    for (int i = 0; i < 8; i++) {
      series = series.enrol(fixtures.pupil(), TODAY).after();
    }
    WorkshopSeries enrolled = series;
    PersonId ofGroup2 = enrolled.participants(2).get(0).child().id();
    assertThat(codeOf(() -> enrolled.recordSession(Fixtures.uuid(), 1, TODAY, Set.of(ofGroup2), TODAY)))
        .isEqualTo(ErrorCode.CHILD_NOT_ENROLLED);
    assertThat(codeOf(() -> enrolled.recordSession(Fixtures.uuid(), 1, TODAY, Set.of(PersonId.random()), TODAY)))
        .isEqualTo(ErrorCode.CHILD_NOT_ENROLLED);
    WorkshopSeries nobody = enrolled.recordSession(Fixtures.uuid(), 2, TODAY, Set.of(), TODAY).after();
    assertThat(nobody.sessions()).singleElement().satisfies(s -> assertThat(s.held()).isFalse());
    assertThat(nobody.firstSession()).isEmpty();
    assertThat(codeOf(() -> enrolled.enrol(enrolled.participants().get(0).child(), TODAY)))
        .isEqualTo(ErrorCode.INVALID_VALUE);
  }
}
