package org.liens.privacy;

import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * An erasure on request refused ({@link ErrorCode#ERASURE_REFUSED}) because the retention policy still keeps the
 * household's data; the {@link #decision()} says until when and why. The message holds the household's id, the
 * reason and dates only.
 */
public final class ErasureRefusedException extends RuleViolationException {
  private static final long serialVersionUID = 1L;

  /** The decision that keeps the data; a value, never personal data. */
  private final transient RetentionDecision decision;

  /**
   * A refusal explained by {@code decision}.
   *
   * @param decision the retention decision that keeps the data
   */
  public ErasureRefusedException(RetentionDecision decision) {
    super(ErrorCode.ERASURE_REFUSED, "erasure of household " + Checks.required(decision, "decision").household()
        + " refused, " + decision.reason() + ": " + decision.explanation().en());
    this.decision = decision;
  }

  /** {@return the retention decision that keeps the data: the reason, the last activity, the last day kept} */
  public RetentionDecision decision() {
    return decision;
  }
}
