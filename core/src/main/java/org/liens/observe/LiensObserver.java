package org.liens.observe;

/**
 * Watches the use cases of one {@code Liens} instance: register it with {@code Liens.builder().observer(...)}
 * (several may be). Each use case (one call of an application service's guarded operation, named by its operation
 * code such as {@code "household.register"}) is reported when it starts and when it finishes, on the thread that
 * ran it, whether it succeeded, was refused with an error code, or failed unexpectedly.
 *
 * <p>Every method has a no-op default: implement the ones you need. An observer must be quick and thread-safe. An
 * exception it throws is logged (observer class and exception class only) and ignored: it never changes the outcome
 * of the use case, nor keeps the other observers from being told. Observers receive codes, durations and counts,
 * never personal data.
 */
public interface LiensObserver {

  /**
   * A use case starts, before its access check and its transaction.
   *
   * @param useCase its stable name, the operation code, such as {@code "household.register"}
   */
  default void useCaseStarted(String useCase) {
    // nothing by default
  }

  /**
   * A use case finished: committed (outcome {@link UseCaseOutcome#OK}), refused or failed with an error code
   * (nothing of it was stored), or failed with an unexpected exception ({@link UseCaseOutcome#UNEXPECTED}).
   *
   * @param outcome its name, duration, outcome and the storage statements it ran
   */
  default void useCaseFinished(UseCaseOutcome outcome) {
    // nothing by default
  }
}
