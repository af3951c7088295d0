package org.liens.eligibility;

import java.util.Objects;
import java.util.function.Supplier;
import org.liens.shared.Checks;
import org.liens.shared.LocalizedText;

/**
 * What one rule decided about one referral, and why, in French and English. The message never contains
 * personal data. A value: equal outcomes have the same rule, verdict and reason. A standard rule whose reason
 * quotes a value (a date, a channel, an offer) writes that reason the first time it is asked for, so that a
 * decision costs no text until someone reads it; the text is the same either way.
 */
public final class RuleOutcome {
  private final String rule;
  private final Verdict verdict;
  private final Supplier<LocalizedText> writer;
  // written once, from an immutable value: a race writes an equal value
  private LocalizedText reason;

  /**
   * An outcome.
   *
   * @param rule the rule's stable code, e.g. {@code "consent.required"}
   * @param verdict passed, failed or not applicable
   * @param reason why, always present (a failed rule always says what is missing)
   */
  public RuleOutcome(String rule, Verdict verdict, LocalizedText reason) {
    this.rule = Checks.notBlank(rule, "rule");
    this.verdict = Checks.required(verdict, "verdict");
    this.reason = Checks.required(reason, "reason");
    this.writer = null;
  }

  /** An outcome whose reason is written when first asked for; {@code rule} is a constant of the rules. */
  private RuleOutcome(String rule, Verdict verdict, Supplier<LocalizedText> writer) {
    this.rule = rule;
    this.verdict = verdict;
    this.writer = writer;
  }

  /**
   * {@return an outcome of a standard rule whose reason {@code writer} writes when first asked for}
   *
   * @param rule the rule's stable code (a constant, already checked)
   * @param verdict passed, failed or not applicable
   * @param writer writes the reason; never returns null
   */
  static RuleOutcome written(String rule, Verdict verdict, Supplier<LocalizedText> writer) {
    return new RuleOutcome(rule, verdict, writer);
  }

  /**
   * A passed rule.
   *
   * @param rule the rule's stable code
   * @param fr why, in French
   * @param en why, in English
   * @return the outcome
   */
  public static RuleOutcome passed(String rule, String fr, String en) {
    return new RuleOutcome(rule, Verdict.PASSED, LocalizedText.of(fr, en));
  }

  /**
   * A failed rule: the referral is not eligible.
   *
   * @param rule the rule's stable code
   * @param fr what is missing, in French
   * @param en what is missing, in English
   * @return the outcome
   */
  public static RuleOutcome failed(String rule, String fr, String en) {
    return new RuleOutcome(rule, Verdict.FAILED, LocalizedText.of(fr, en));
  }

  /**
   * A rule that does not concern this referral.
   *
   * @param rule the rule's stable code
   * @param fr why, in French
   * @param en why, in English
   * @return the outcome
   */
  public static RuleOutcome notApplicable(String rule, String fr, String en) {
    return new RuleOutcome(rule, Verdict.NOT_APPLICABLE, LocalizedText.of(fr, en));
  }

  /** {@return the rule's stable code, e.g. {@code "consent.required"}} */
  public String rule() {
    return rule;
  }

  /** {@return passed, failed or not applicable} */
  public Verdict verdict() {
    return verdict;
  }

  /** {@return why, always present (a failed rule always says what is missing)} */
  public LocalizedText reason() {
    LocalizedText text = reason;
    if (text == null) {
      text = Objects.requireNonNull(writer.get(), "reason");
      reason = text;
    }
    return text;
  }

  /** {@return whether the rule failed} */
  public boolean failed() {
    return verdict == Verdict.FAILED;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleOutcome o && rule.equals(o.rule) && verdict == o.verdict
        && reason().equals(o.reason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, verdict, reason());
  }

  @Override
  public String toString() {
    return "RuleOutcome[rule=" + rule + ", verdict=" + verdict + ", reason=" + reason() + "]";
  }
}
