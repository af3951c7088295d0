package org.liens.observe;

import java.time.Duration;
import java.util.Optional;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;

/**
 * How one use case ended, as reported to {@link LiensObserver#useCaseFinished}: codes, a duration and a count, never
 * personal data.
 *
 * @param useCase the stable name of the use case, its operation code (such as {@code "contact.record"})
 * @param duration how long it took, from its start to its end (transaction and event delivery included), measured
 *     with {@link System#nanoTime()}
 * @param outcome {@link #OK}, the name of the {@link ErrorCode} it was refused or failed with, or
 *     {@link #UNEXPECTED} for an exception that is not a {@code LiensException}
 * @param statements the statements the storage adapter sent to the database for it (a batch counts once; retries
 *     included; {@code 0} for an adapter that does not count, such as the in-memory one)
 */
public record UseCaseOutcome(String useCase, Duration duration, String outcome, long statements) {
  /** The outcome of a use case that committed. */
  public static final String OK = "OK";
  /** The outcome of a use case that failed with an exception that is not a {@code LiensException}. */
  public static final String UNEXPECTED = "UNEXPECTED";

  /**
   * Checks the values.
   *
   * @param useCase the stable name of the use case
   * @param duration how long it took, not negative
   * @param outcome {@link #OK}, an {@link ErrorCode} name or {@link #UNEXPECTED}
   * @param statements the statements it ran, not negative
   */
  public UseCaseOutcome {
    Checks.notBlank(useCase, "useCase");
    Checks.required(duration, "duration");
    Checks.check(!duration.isNegative(), "duration must not be negative");
    Checks.required(outcome, "outcome");
    Checks.check(OK.equals(outcome) || UNEXPECTED.equals(outcome) || isErrorCode(outcome),
        "outcome must be OK, UNEXPECTED or an error code");
    Checks.check(statements >= 0, "statements must not be negative");
  }

  /**
   * A use case that committed.
   *
   * @param useCase its stable name
   * @param duration how long it took
   * @param statements the statements it ran
   * @return its outcome
   */
  public static UseCaseOutcome ok(String useCase, Duration duration, long statements) {
    return new UseCaseOutcome(useCase, duration, OK, statements);
  }

  /**
   * A use case refused or failed with an error code: nothing of it was stored.
   *
   * @param useCase its stable name
   * @param duration how long it took
   * @param code the code of the {@code LiensException} it threw
   * @param statements the statements it ran
   * @return its outcome
   */
  public static UseCaseOutcome failed(String useCase, Duration duration, ErrorCode code, long statements) {
    return new UseCaseOutcome(useCase, duration, Checks.required(code, "code").name(), statements);
  }

  /**
   * A use case that failed with an exception that is not a {@code LiensException} (a bug, a host callback's own
   * exception).
   *
   * @param useCase its stable name
   * @param duration how long it took
   * @param statements the statements it ran
   * @return its outcome
   */
  public static UseCaseOutcome unexpected(String useCase, Duration duration, long statements) {
    return new UseCaseOutcome(useCase, duration, UNEXPECTED, statements);
  }

  /** {@return whether the use case committed} */
  public boolean ok() {
    return OK.equals(outcome);
  }

  /** {@return the error code it was refused or failed with, if it threw a {@code LiensException}} */
  public Optional<ErrorCode> errorCode() {
    return isErrorCode(outcome) ? Optional.of(ErrorCode.valueOf(outcome)) : Optional.empty();
  }

  private static boolean isErrorCode(String outcome) {
    for (ErrorCode code : ErrorCode.values()) {
      if (code.name().equals(outcome)) {
        return true;
      }
    }
    return false;
  }
}
