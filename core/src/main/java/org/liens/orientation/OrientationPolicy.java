package org.liens.orientation;

import java.time.Period;
import java.util.List;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * The configurable rules of orientations (issue 16; DESIGN §5, Les emplois: orientations expire and remind): how long
 * a proposal waits for an answer, the reasons a decline may give, and when a reminder falls due.
 *
 * @param expiry how long after its proposal an orientation expires unanswered: it expires on {@code proposedOn +
 *     expiry}, and can be accepted or declined the day before at the latest
 * @param declineReasons the reasons a decline may give, each a short code or label
 * @param reminderAfter how long after a proposal (no answer yet) or an acceptance (no outcome yet) a reminder is due
 */
public record OrientationPolicy(Period expiry, List<String> declineReasons, Period reminderAfter) {
  /** The standard policy: 30 days to answer, a reminder after 7, five reasons to decline. */
  public static final OrientationPolicy STANDARD = new OrientationPolicy(Period.ofDays(30), List.of(
      "no-place-left", "not-eligible", "family-withdrew", "too-far", "other"), Period.ofDays(7));

  /**
   * Checks the components: positive periods, at least one reason, each once.
   *
   * @param expiry how long a proposal waits
   * @param declineReasons the reasons a decline may give
   * @param reminderAfter when a reminder falls due
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} otherwise
   */
  public OrientationPolicy {
    Checks.requiredAll("expiry, reminderAfter", expiry, reminderAfter);
    if (expiry.isNegative() || expiry.isZero() || reminderAfter.isNegative() || reminderAfter.isZero()) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE, "expiry and reminderAfter must be positive");
    }
    declineReasons = Checks.distinctNonEmpty(declineReasons, "declineReasons", "declineReasons must not be empty",
        "declineReasons holds a reason twice").stream().map(r -> Checks.name(r, "decline reason")).toList();
  }

  /**
   * {@return the same policy with another expiry delay}
   *
   * @param newExpiry how long a proposal waits for an answer
   */
  public OrientationPolicy withExpiry(Period newExpiry) {
    return new OrientationPolicy(newExpiry, declineReasons, reminderAfter);
  }
}
