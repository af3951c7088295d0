package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.shared.Checks;

/**
 * Named policy (issue 14): how long after its closure a closed accompaniment may still be reopened by a coordinator,
 * in days; set with {@code Liens.builder().reopeningWindow(…)}. The seeds say nothing: the default,
 * {@link #standard()}, is 30 days, the closure day plus 30 included (closed on 31 January, reopened up to 2 March
 * in a common year). {@code ofDays(0)} allows it on the day of the closure only. A cancelled accompaniment is never
 * reopened, whatever the window: the family is referred again. Treat as a value type.
 *
 * @param days the days after the closure day during which it may be reopened, from 0 to {@link #MAX_DAYS}
 */
public record ReopeningWindow(int days) {
  /** The longest window, a year. */
  public static final int MAX_DAYS = 366;

  /**
   * Checks the components: {@code days} from 0 to {@link #MAX_DAYS}.
   *
   * @param days the days after the closure day during which it may be reopened
   */
  public ReopeningWindow {
    Checks.check(days >= 0 && days <= MAX_DAYS, "days: from 0 to " + MAX_DAYS);
  }

  /** {@return the default window: 30 days after the closure} */
  public static ReopeningWindow standard() {
    return new ReopeningWindow(30);
  }

  /**
   * {@return a window of {@code days} days after the closure}
   *
   * @param days the days after the closure day, from 0 to {@link #MAX_DAYS}
   */
  public static ReopeningWindow ofDays(int days) {
    return new ReopeningWindow(days);
  }

  /**
   * {@return the last day an accompaniment closed on {@code closedOn} may be reopened: {@code closedOn + days}}
   *
   * @param closedOn the closure day
   */
  public LocalDate lastDay(LocalDate closedOn) {
    return Checks.required(closedOn, "closedOn").plusDays(days);
  }
}
