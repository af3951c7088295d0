package org.liens.eligibility;

import org.liens.shared.Checks;
import org.liens.shared.LocalizedText;

/**
 * What one rule decided about one referral, and why, in French and English. The message never contains
 * personal data.
 *
 * @param rule the rule's stable code, e.g. {@code "consent.required"}
 * @param verdict passed, failed or not applicable
 * @param reason why, always present (a failed rule always says what is missing)
 */
public record RuleOutcome(String rule, Verdict verdict, LocalizedText reason) {
  public RuleOutcome {
    rule = Checks.notBlank(rule, "rule");
    Checks.required(verdict, "verdict");
    Checks.required(reason, "reason");
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

  /** {@return whether the rule failed} */
  public boolean failed() {
    return verdict == Verdict.FAILED;
  }
}
