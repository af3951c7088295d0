package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.figures.WorkshopAttendance;
import org.liens.household.Child;
import org.liens.household.PersonId;
import org.liens.household.SchoolGrade;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;
import org.liens.workshop.Participant;
import org.liens.workshop.QuoteRequest;
import org.liens.workshop.WorkshopSeries;

/**
 * ARCS attendance (issue 14), on every adapter: the attendance figures the storage computes equal
 * {@link WorkshopAttendance#compute} over the stored series, for random enrolments and sessions (some nobody
 * attended); a funder sees the series it ordered, a prescriber none.
 */
public interface WorkshopAttendanceContract extends StorageFactory {

  /**
   * One random session: which group (modulo the groups), its day after the opening, and which of the children
   * expected attended (a bit per child, in enrolment order).
   *
   * @param group picks the group
   * @param day the day, after the opening
   * @param attended the bits of the children who attended
   */
  record SessionSpec(int group, int day, int attended) {}

  /**
   * Contract (attendance): the storage's figures equal the reference computation over every stored series.
   *
   * @param children the children quoted
   * @param late how many of them are enrolled ten days after the others
   * @param sessions the random sessions recorded
   */
  @Property(tries = 12)
  @Label("attendance: the storage's attendance figures equal the reference computation, per group and period")
  default void the_attendance_figures_equal_the_reference_computation(
      @ForAll @IntRange(min = 1, max = 14) int children, @ForAll @IntRange(max = 14) int late,
      @ForAll("sessionSpecs") List<SessionSpec> sessions) {
    Ledger ledger = Ledger.partnersOn(newStorage());
    LocalDate opened = ledger.clock.today();
    WorkshopSeries series = ledger.liens.workshops().accept(Ledger.COORDINATOR, ledger.liens.workshops().propose(
        Ledger.COORDINATOR, QuoteRequest.model(ledger.school.id(), children, opened.plusDays(30))).id());
    int early = children - Math.min(late, children);
    for (int i = 0; i < children; i++) {
      if (i == early) {
        ledger.clock.advanceDays(10);
      }
      series = ledger.liens.workshops().enrol(Ledger.COORDINATOR, series.id(),
          Child.of(World.name("Élève " + i), opened.minusYears(9), SchoolGrade.CE2));
    }
    ledger.clock.set(opened.plusDays(21));
    for (SessionSpec s : sessions) {
      int group = 1 + s.group() % series.groups();
      LocalDate day = opened.plusDays(s.day());
      List<Participant> expected = series.participants(group).stream()
          .filter(p -> !p.enrolledOn().isAfter(day)).toList();
      Set<PersonId> attended = new HashSet<>();
      for (int i = 0; i < expected.size(); i++) {
        if ((s.attended() >> i & 1) == 1) {
          attended.add(expected.get(i).child().id());
        }
      }
      try {
        series = ledger.liens.workshops().recordSession(Ledger.COORDINATOR, series.id(), group, day, attended);
      } catch (RuleViolationException e) {
        assertThat(e.code()).isEqualTo(ErrorCode.SESSIONS_EXHAUSTED);
      }
    }
    WorkshopSeries stored = series;
    WorkshopSeries readBack = ledger.storage.read(r -> r.workshopSeries().get(stored.id()));
    assertThat(readBack).isEqualTo(stored);
    for (int[] period : new int[][] {{0, 20}, {5, 12}, {21, 40}}) {
      LocalDate from = opened.plusDays(period[0]);
      LocalDate to = opened.plusDays(period[1]);
      WorkshopAttendance figures = ledger.liens.figures().workshopAttendance(Ledger.COORDINATOR, from, to);
      assertThat(figures.groups()).isEqualTo(WorkshopAttendance.compute(List.of(stored), from, to));
      assertThat(ledger.liens.figures().workshopAttendance(
          Actor.of("funder", Role.FUNDER, ledger.school.id()), from, to)).isEqualTo(figures);
      assertThat(ledger.liens.figures().workshopAttendance(
          Actor.of("prescriber", Role.PRESCRIBER, ledger.caf.id()), from, to).groups()).isEmpty();
    }
    long notHeld = stored.sessions().stream().filter(s -> !s.held()).count();
    Statistics.label("sessions not held").collect(notHeld == 0 ? "none" : "some");
  }

  /** {@return up to twelve random sessions} */
  @Provide
  default Arbitrary<List<SessionSpec>> sessionSpecs() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(0, 63).edgeCases(e -> e.add(0))).as(SessionSpec::new).list().ofMaxSize(12);
  }
}
