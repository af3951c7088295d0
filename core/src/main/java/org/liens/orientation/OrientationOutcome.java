package org.liens.orientation;

import java.time.LocalDate;
import org.liens.shared.Checks;

/**
 * What became of an accepted orientation: whether the person took part, and why in a few words (kept with the
 * orientation, never in its events).
 *
 * @param tookPart whether the person took part in the partner's action
 * @param reason why, in a few words
 * @param recordedOn the day it was recorded
 */
public record OrientationOutcome(boolean tookPart, String reason, LocalDate recordedOn) {
  /**
   * Checks the components.
   *
   * @param tookPart whether the person took part
   * @param reason why, a short text
   * @param recordedOn the day it was recorded
   */
  public OrientationOutcome {
    reason = Checks.shortText(reason, "reason");
    recordedOn = Checks.date(recordedOn, "recordedOn");
  }
}
