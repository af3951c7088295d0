package org.liens.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.workshop.WorkshopSeriesId;

/**
 * The attendance of one ARCS workshop group over a period (issue 14): counts only, never a child. A child is
 * <em>expected</em> at a session held when enrolled in the group by its day.
 *
 * @param series the workshop series
 * @param client the institution that ordered it (a funder sees its own series only)
 * @param group the group, from 1
 * @param sessionsHeld the sessions of the period one child at least attended
 * @param sessionsNotHeld the sessions of the period nobody attended
 * @param children the children expected at one session held at least
 * @param childrenAttending the children who attended one session held at least
 * @param attendances the attendances at the sessions held, one per child and session
 * @param expected the children expected at the sessions held, one per child and session
 */
public record GroupAttendance(WorkshopSeriesId series, OrganisationId client, int group, int sessionsHeld,
    int sessionsNotHeld, int children, int childrenAttending, int attendances, int expected) {
  /**
   * Checks the components: ids required, counts not negative and consistent.
   *
   * @param series the workshop series
   * @param client the institution that ordered it
   * @param group the group, from 1
   * @param sessionsHeld the sessions of the period one child at least attended
   * @param sessionsNotHeld the sessions of the period nobody attended
   * @param children the children expected at one session held at least
   * @param childrenAttending the children who attended one session held at least
   * @param attendances the attendances at the sessions held
   * @param expected the children expected at the sessions held
   */
  public GroupAttendance {
    Checks.required(series, "series");
    Checks.required(client, "client");
    Checks.check(group >= 1 && sessionsHeld >= 0 && sessionsNotHeld >= 0, "groups from 1, counts not negative");
    Checks.check(0 <= childrenAttending && childrenAttending <= children, "children attending among those expected");
    Checks.check(sessionsHeld <= attendances && attendances <= expected, "one attendance a session held at least");
  }

  /**
   * {@return the attendance rate of the sessions held, {@code attendances / expected} to three decimals (half up);
   * empty when the group held no session in the period}
   */
  public Optional<BigDecimal> rate() {
    return expected == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(attendances).divide(BigDecimal.valueOf(expected), 3, RoundingMode.HALF_UP));
  }
}
