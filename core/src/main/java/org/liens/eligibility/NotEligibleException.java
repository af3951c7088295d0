package org.liens.eligibility;

import java.util.Locale;
import java.util.stream.Collectors;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/** Validation of a referral that fails at least one eligibility rule; carries the full decision. */
public class NotEligibleException extends RuleViolationException {
  private final transient EligibilityDecision decision;

  /**
   * A refusal that names the failed rules' codes, never the household's data.
   *
   * @param decision the decision, with at least one failed rule
   */
  public NotEligibleException(EligibilityDecision decision) {
    super(ErrorCode.NOT_ELIGIBLE, "not eligible for " + decision.offer() + ": "
        + decision.failures().stream().map(RuleOutcome::rule).collect(Collectors.joining(", ")));
    this.decision = decision;
  }

  /** {@return the decision, with every rule and its reason ({@link EligibilityDecision#explain(Locale)})} */
  public EligibilityDecision decision() {
    return decision;
  }
}
