package org.liens.catalog;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.shared.Checks;

/**
 * How long an accompaniment of an offer lasts (R2): a number of months from the first appointment (MIP, MADI,
 * MAPA: 6), or no fixed length, each session being its own unit (ARCS).
 */
public sealed interface OfferDuration {

  /**
   * {@return a fixed number of calendar months, counted from the first appointment}
   *
   * @param count the number of months, at least one
   */
  static OfferDuration months(int count) {
    return new Months(count);
  }

  /** {@return no fixed length: the accompaniment runs session by session until it is closed (ARCS)} */
  static OfferDuration perSession() {
    return PerSession.INSTANCE;
  }

  /**
   * {@return the anniversary of {@code start}: {@code start.plusMonths(count)} for a fixed duration, empty per
   * session} Month arithmetic is {@code java.time}'s: 2023-08-31 plus 6 months is 2024-02-29, and 2024-02-29 plus 6
   * months is 2024-08-29.
   *
   * @param start the first appointment
   */
  Optional<LocalDate> anniversary(LocalDate start);

  /** A fixed number of calendar months (at least one). */
  record Months(int count) implements OfferDuration {
    /**
     * Checks the components against the rules stated for the type.
     *
     * @param count the number of calendar months, at least one
     */
    public Months {
      Checks.check(count >= 1, "duration months must be 1 or more, was " + count);
    }

    @Override
    public Optional<LocalDate> anniversary(LocalDate start) {
      return Optional.of(Checks.required(start, "start").plusMonths(count));
    }
  }

  /** Each session is its own unit; there is no end date. */
  enum PerSession implements OfferDuration {
    /** The one per-session duration. */
    INSTANCE;

    @Override
    public Optional<LocalDate> anniversary(LocalDate start) {
      Checks.required(start, "start");
      return Optional.empty();
    }
  }
}
