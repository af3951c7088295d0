package org.liens.orientation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.liens.shared.Checks;

/**
 * How many orientations a period counts (issue 16, the published figures): by where they stand on a day (a proposal
 * unanswered on its expiry date counts as expired, whether or not the daily job stored it), and of the accepted ones
 * how many took part and how many did not; the others await their outcome. Counts, no personal data.
 *
 * @param byState the count of each state, every state present
 * @param tookPart accepted orientations whose person took part
 * @param didNotTakePart accepted orientations whose person did not take part
 */
public record OrientationTally(Map<OrientationState, Long> byState, long tookPart, long didNotTakePart) {
  /**
   * Checks the components: every state counted, no count negative, the outcomes within the accepted ones.
   *
   * @param byState the count of each state
   * @param tookPart accepted orientations whose person took part
   * @param didNotTakePart accepted orientations whose person did not take part
   */
  public OrientationTally {
    Checks.required(byState, "byState");
    Map<OrientationState, Long> copy = new EnumMap<>(OrientationState.class);
    for (OrientationState state : OrientationState.values()) {
      Long n = byState.get(state);
      Checks.check(n != null && n >= 0, "byState counts every state, none negative");
      copy.put(state, n);
    }
    byState = Map.copyOf(copy);
    Checks.check(tookPart >= 0 && didNotTakePart >= 0, "outcome counts are not negative");
    Checks.check(tookPart + didNotTakePart <= copy.get(OrientationState.ACCEPTED),
        "outcomes are recorded on accepted orientations only");
  }

  /**
   * {@return the tally of {@code orientations} as they stand on {@code day}}
   *
   * @param orientations the orientations of the period
   * @param day the day their states are read on
   */
  public static OrientationTally of(Collection<Orientation> orientations, LocalDate day) {
    Checks.required(orientations, "orientations");
    Checks.required(day, "day");
    Map<OrientationState, Long> byState = new EnumMap<>(OrientationState.class);
    for (OrientationState state : OrientationState.values()) {
      byState.put(state, 0L);
    }
    long took = 0;
    long didNot = 0;
    for (Orientation o : orientations) {
      byState.merge(o.stateOn(day), 1L, Long::sum);
      if (o.outcome().isPresent()) {
        took += o.outcome().get().tookPart() ? 1 : 0;
        didNot += o.outcome().get().tookPart() ? 0 : 1;
      }
    }
    return new OrientationTally(byState, took, didNot);
  }

  /** {@return how many orientations it counts} */
  public long total() {
    return byState.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@return the accepted orientations still awaiting their outcome} */
  public long outcomeAwaited() {
    return byState.get(OrientationState.ACCEPTED) - tookPart - didNotTakePart;
  }
}
