package org.liens.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/** {@link UseCaseOutcome}: the outcome is OK, UNEXPECTED or an error code, and it says which. */
class UseCaseOutcomeProperties {

  @Property
  @Label("a failed outcome is named by its error code and gives the code back; it is neither OK nor UNEXPECTED")
  void failedOutcomesCarryTheirCode(@ForAll ErrorCode code, @ForAll @LongRange(min = 0) long nanos,
      @ForAll @LongRange(min = 0) long statements) {
    UseCaseOutcome outcome = UseCaseOutcome.failed("household.register", Duration.ofNanos(nanos), code, statements);
    assertThat(outcome.outcome()).isEqualTo(code.name());
    assertThat(outcome.errorCode()).contains(code);
    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.statements()).isEqualTo(statements);
    assertThat(new UseCaseOutcome("household.register", outcome.duration(), code.name(), statements))
        .isEqualTo(outcome);
  }

  @Property
  @Label("OK and UNEXPECTED carry no error code; only OK is ok")
  void okAndUnexpected(@ForAll @LongRange(min = 0) long nanos, @ForAll @LongRange(min = 0) long statements) {
    UseCaseOutcome ok = UseCaseOutcome.ok("contact.record", Duration.ofNanos(nanos), statements);
    UseCaseOutcome unexpected = UseCaseOutcome.unexpected("contact.record", Duration.ofNanos(nanos), statements);
    assertThat(ok.ok()).isTrue();
    assertThat(ok.errorCode()).isEmpty();
    assertThat(unexpected.ok()).isFalse();
    assertThat(unexpected.errorCode()).isEqualTo(Optional.empty());
    assertThat(unexpected.outcome()).isEqualTo(UseCaseOutcome.UNEXPECTED);
  }

  @Property
  @Label("a negative count of statements is INVALID_VALUE")
  void negativeStatementsAreRefused(@ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long statements) {
    assertThatThrownBy(() -> UseCaseOutcome.ok("household.read", Duration.ZERO, statements))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
  }

  @Example
  @Label("an unknown outcome, a negative duration or a blank use case are refused, without quoting the input")
  void malformedOutcomesAreRefused() {
    assertThatThrownBy(() -> new UseCaseOutcome("household.read", Duration.ZERO, "Anne Martin", 0))
        .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("Anne");
    assertThatThrownBy(() -> UseCaseOutcome.ok("household.read", Duration.ofNanos(-1), 0))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> UseCaseOutcome.ok(" ", Duration.ZERO, 0))
        .isInstanceOf(InvalidInputException.class);
  }
}
