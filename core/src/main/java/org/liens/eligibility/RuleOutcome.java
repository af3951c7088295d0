package org.liens.eligibility;

import java.time.LocalDate;
import java.util.Objects;
import org.liens.shared.Checks;
import org.liens.shared.LocalizedText;

/**
 * What one rule decided about one referral, and why, in French and English. The message never contains
 * personal data. A value: equal outcomes have the same rule, verdict and reason; its JSON form is
 * {@code {"rule": …, "verdict": …, "reason": {"fr": …, "en": …}}}.
 *
 * <p>Not a record, so that a reason quoting a value (the consent's date) is written only when it is read
 * ({@link #reason()}): a decision costs no text building when nobody reads its explanations (issue 13). The reason
 * read is checked as every {@link LocalizedText} is.
 */
public final class RuleOutcome {
  private final String rule;
  private final Verdict verdict;
  /** The reason, or null until first read when {@link #quoted} is set. */
  private LocalizedText reason;
  /** The reason's template, for an outcome whose reason quotes {@link #value}; null otherwise. */
  private final Quoted quoted;
  private final Object value;

  /**
   * Checks the components: {@code verdict} and {@code reason} required; {@code rule} a bounded, non-blank text.
   *
   * @param rule the rule's stable code, e.g. {@code "consent.required"}
   * @param verdict passed, failed or not applicable
   * @param reason why, always present (a failed rule always says what is missing)
   */
  public RuleOutcome(String rule, Verdict verdict, LocalizedText reason) {
    this.rule = Checks.notBlank(rule, "rule");
    this.verdict = Checks.required(verdict, "verdict");
    this.reason = Checks.required(reason, "reason");
    this.quoted = null;
    this.value = null;
  }

  private RuleOutcome(String rule, Verdict verdict, Quoted quoted, Object value) {
    this.rule = Checks.notBlank(rule, "rule");
    this.verdict = Checks.required(verdict, "verdict");
    this.quoted = quoted;
    this.value = Checks.required(value, "value");
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

  /**
   * A passed rule whose reason quotes a date, written as {@code fr + date + "."} and {@code en + date + "."} when
   * first read. The date's ISO text is digits and dashes, so the reason is as valid as its constant parts.
   */
  static RuleOutcome passedOn(String rule, Quoted reason, LocalDate date) {
    return new RuleOutcome(rule, Verdict.PASSED, Checks.required(reason, "reason"), date);
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
      // racy but safe: every thread writes an equal, immutable text (its fields are final)
      text = quoted.write(value);
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

  /**
   * The constant parts of a reason that quotes one value: {@code fr + value + "."}, {@code en + value + "."}. Its
   * parts are checked once, as a {@link LocalizedText}, when the template is made.
   *
   * @param fr the French text before the value
   * @param en the English text before the value
   */
  record Quoted(String fr, String en) {
    Quoted {
      LocalizedText.of(fr, en); // the constant parts alone are a valid text
    }

    /** The reason quoting {@code value}, checked as every {@link LocalizedText}. */
    LocalizedText write(Object value) {
      String text = value.toString();
      return LocalizedText.of(fr + text + ".", en + text + ".");
    }
  }
}
