package org.liens.eligibility;

import java.util.function.Function;
import org.liens.shared.Checks;

/**
 * One eligibility rule: a stable code and a pure function of the {@link EligibilityContext} that returns an
 * explained {@link RuleOutcome}. The standard rules are the constants of {@link EligibilityRules}; a host adds its
 * own (a territory list, an age limit) with {@link #of(String, Function)} and
 * {@link EligibilityPolicy#with(EligibilityRule)}, without forking Liens.
 */
public interface EligibilityRule {

  /** {@return the rule's stable code, e.g. {@code "consent.required"}} */
  String code();

  /**
   * Decides this rule for one referral; never null, and its {@code rule} is {@link #code()}.
   *
   * @param context what the rules decide on: the referral, the offer, the household and the date
   * @return the outcome
   */
  RuleOutcome check(EligibilityContext context);

  /**
   * {@return a rule from a code and a function}
   *
   * @param code the rule's stable code, unique in a policy
   * @param check decides the rule for one referral
   */
  static EligibilityRule of(String code, Function<EligibilityContext, RuleOutcome> check) {
    String c = Checks.notBlank(code, "code");
    Checks.required(check, "check");
    return new EligibilityRule() {
      @Override
      public String code() {
        return c;
      }

      @Override
      public RuleOutcome check(EligibilityContext context) {
        return check.apply(context);
      }

      @Override
      public String toString() {
        return "EligibilityRule[" + c + "]";
      }
    };
  }
}
