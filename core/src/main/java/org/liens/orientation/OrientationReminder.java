package org.liens.orientation;

import java.time.LocalDate;
import org.liens.accompaniment.AccompanimentId;
import org.liens.shared.Checks;

/**
 * A reminder the host shows or sends (Liens sends nothing): an orientation still unanswered, or accepted without an
 * outcome, {@link OrientationPolicy#reminderAfter()} after its proposal or its acceptance.
 *
 * @param orientation the orientation
 * @param accompaniment its accompaniment, whose team follows it up
 * @param kind what is awaited
 * @param dueOn the day the reminder fell due
 */
public record OrientationReminder(OrientationId orientation, AccompanimentId accompaniment, Kind kind,
    LocalDate dueOn) {
  /** What a reminder awaits. */
  public enum Kind {
    /** The partner's answer, before the orientation expires. */
    ANSWER_DUE,
    /** The outcome of an accepted orientation. */
    OUTCOME_DUE
  }

  /**
   * Checks the components.
   *
   * @param orientation the orientation
   * @param accompaniment its accompaniment
   * @param kind what is awaited
   * @param dueOn the day it fell due
   */
  public OrientationReminder {
    Checks.requiredAll("orientation, accompaniment, kind, dueOn", orientation, accompaniment, kind, dueOn);
  }

  /**
   * {@return the reminder {@code orientation} calls for on {@code day}, if any: none once it is answered with an
   * outcome, declined or expired on that day}
   *
   * @param orientation a stored orientation
   * @param day the day asked about
   * @param policy when reminders fall due
   */
  public static java.util.Optional<OrientationReminder> of(Orientation orientation, LocalDate day,
      OrientationPolicy policy) {
    OrientationState state = orientation.stateOn(day);
    if (state == OrientationState.PROPOSED) {
      LocalDate due = orientation.proposedOn().plus(policy.reminderAfter());
      return due.isAfter(day) ? java.util.Optional.empty() : java.util.Optional.of(
          new OrientationReminder(orientation.id(), orientation.accompaniment(), Kind.ANSWER_DUE, due));
    }
    if (state == OrientationState.ACCEPTED && orientation.outcome().isEmpty()) {
      LocalDate due = orientation.answeredOn().orElseThrow().plus(policy.reminderAfter());
      return due.isAfter(day) ? java.util.Optional.empty() : java.util.Optional.of(
          new OrientationReminder(orientation.id(), orientation.accompaniment(), Kind.OUTCOME_DUE, due));
    }
    return java.util.Optional.empty();
  }
}
