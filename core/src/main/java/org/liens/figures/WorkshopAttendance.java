package org.liens.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.liens.household.PersonId;
import org.liens.shared.Checks;
import org.liens.workshop.GroupSession;
import org.liens.workshop.WorkshopSeries;

/**
 * The attendance figures of the ARCS group workshops over a period (issue 14): one {@link GroupAttendance} per group
 * with a session dated in the period, ordered by series id (its text) and group, and their totals. Counts only.
 *
 * @param from the first day of the period
 * @param to the last day of the period, included
 * @param groups the groups with a session in the period
 */
public record WorkshopAttendance(LocalDate from, LocalDate to, List<GroupAttendance> groups) {
  /** The order of the groups: series id as text, then group. */
  public static final Comparator<GroupAttendance> ORDER =
      Comparator.<GroupAttendance, String>comparing(g -> g.series().value().toString()).thenComparingInt(GroupAttendance::group);

  /**
   * Checks the period and sorts the groups ({@link #ORDER}).
   *
   * @param from the first day of the period
   * @param to the last day of the period, included
   * @param groups the groups with a session in the period, any order
   */
  public WorkshopAttendance {
    Checks.date(from, "from");
    Checks.date(to, "to");
    Checks.check(!to.isBefore(from), "to: on or after from");
    groups = Checks.listOf(groups, "groups").stream().sorted(ORDER).toList();
  }

  /**
   * {@return the attendance of every group of {@code series} with a session dated from {@code from} to {@code to}:
   * the reference computation, which every storage adapter's {@code WorkshopSeriesStore.attendance} equals}
   *
   * @param series the workshop series
   * @param from the first day of the period
   * @param to the last day of the period, included
   */
  public static List<GroupAttendance> compute(List<WorkshopSeries> series, LocalDate from, LocalDate to) {
    List<GroupAttendance> groups = new ArrayList<>();
    for (WorkshopSeries w : Checks.listOf(series, "series")) {
      for (int g = 1; g <= w.groups(); g++) {
        int held = 0;
        int notHeld = 0;
        int attendances = 0;
        int expected = 0;
        Set<PersonId> children = new HashSet<>();
        Set<PersonId> attending = new HashSet<>();
        for (GroupSession s : w.sessionsOf(g)) {
          if (s.date().isBefore(from) || s.date().isAfter(to)) {
            continue;
          }
          if (!s.held()) {
            notHeld++;
            continue;
          }
          held++;
          Set<PersonId> enrolled = w.expectedAt(s);
          expected += enrolled.size();
          children.addAll(enrolled);
          attendances += s.attended().size();
          attending.addAll(s.attended());
        }
        if (held + notHeld > 0) {
          groups.add(new GroupAttendance(w.id(), w.client(), g, held, notHeld, children.size(), attending.size(),
              attendances, expected));
        }
      }
    }
    groups.sort(ORDER);
    return List.copyOf(groups);
  }

  /** {@return the sessions held by every group} */
  public int sessionsHeld() {
    return sum(GroupAttendance::sessionsHeld);
  }

  /** {@return the sessions nobody attended} */
  public int sessionsNotHeld() {
    return sum(GroupAttendance::sessionsNotHeld);
  }

  /** {@return the attendances at the sessions held, one per child and session} */
  public int attendances() {
    return sum(GroupAttendance::attendances);
  }

  /**
   * {@return the average of the groups' attendance rates, over the groups that held a session, to three decimals
   * (half up); empty when none did}
   */
  public Optional<BigDecimal> averageRatePerGroup() {
    List<BigDecimal> rates = groups.stream().flatMap(g -> g.rate().stream()).toList();
    return rates.isEmpty() ? Optional.empty() : Optional.of(rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(rates.size()), 3, RoundingMode.HALF_UP));
  }

  /**
   * {@return the average number of sessions held a child expected attended: attendances over the children expected,
   * to three decimals (half up); empty when no session was held}
   */
  public Optional<BigDecimal> attendancesPerChild() {
    int children = sum(GroupAttendance::children);
    return children == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(attendances())
        .divide(BigDecimal.valueOf(children), 3, RoundingMode.HALF_UP));
  }

  private int sum(ToIntFunction<GroupAttendance> count) {
    return groups.stream().mapToInt(count).sum();
  }
}
