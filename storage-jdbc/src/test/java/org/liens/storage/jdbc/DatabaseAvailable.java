package org.liens.storage.jdbc;

import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class whose {@link OnDatabase} server cannot be reached, printing the reason to stderr so that it
 * shows in the Maven output; under {@code CI=true} the class runs and fails instead. For JUnit Jupiter
 * ({@code @ExtendWith}) and jqwik ({@code @AddLifecycleHook}).
 */
final class DatabaseAvailable implements ExecutionCondition, SkipExecutionHook {

  /** The database of a test class, or H2 when it names none. */
  static TestDatabase of(Class<?> testClass) {
    OnDatabase on = testClass == null ? null : testClass.getAnnotation(OnDatabase.class);
    return on == null ? TestDatabase.H2 : on.value();
  }

  /** Why the tests of this class cannot run here; empty when they can (or must, under CI). */
  static Optional<String> skipReason(Class<?> testClass) {
    TestDatabase database = of(testClass);
    String reason = database.unreachableReason();
    if (reason.isEmpty()) {
      return Optional.empty();
    }
    if (TestDatabase.underCi()) {
      System.err.println("[liens] CI=true: running " + testClass.getSimpleName() + " although " + reason);
      return Optional.empty();
    }
    String message = "skipping " + testClass.getSimpleName() + ": " + reason;
    System.err.println("[liens] " + message);
    return Optional.of(message);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestMethod().isPresent()) {
      return ConditionEvaluationResult.enabled("decided for the class");
    }
    return skipReason(context.getTestClass().orElse(null))
        .map(ConditionEvaluationResult::disabled)
        .orElseGet(() -> ConditionEvaluationResult.enabled("database reachable"));
  }

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return skipReason(context.optionalContainerClass().orElse(null))
        .map(SkipResult::skip)
        .orElseGet(SkipResult::doNotSkip);
  }
}
