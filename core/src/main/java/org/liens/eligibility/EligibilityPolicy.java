package org.liens.eligibility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liens.shared.Checks;

/**
 * An ordered list of {@link EligibilityRule}s that decides whether a referral may be validated (R1, R7, R9).
 * {@link #standard()} holds the rules of the seeds; {@link #with(EligibilityRule)} adds a host's own. Every rule
 * is checked on every decision, so a decision explains itself completely. Immutable.
 */
public final class EligibilityPolicy {
  private final List<EligibilityRule> rules;

  private EligibilityPolicy(List<EligibilityRule> rules) {
    Set<String> codes = new HashSet<>();
    for (EligibilityRule rule : rules) {
      Checks.check(codes.add(rule.code()), "two eligibility rules share the code " + rule.code());
    }
    this.rules = List.copyOf(rules);
  }

  /** {@return the rules of the 2023 offer: {@link EligibilityRules#all()}} */
  public static EligibilityPolicy standard() {
    return new EligibilityPolicy(EligibilityRules.all());
  }

  /**
   * {@return a policy of exactly these rules}
   *
   * @param rules the rules, in the order they are checked; codes unique
   */
  public static EligibilityPolicy of(List<EligibilityRule> rules) {
    return new EligibilityPolicy(Checks.listOf(rules, "rules"));
  }

  /**
   * {@return this policy plus {@code rule}, checked after the others}
   *
   * @param rule the host's rule; its code must be new
   */
  public EligibilityPolicy with(EligibilityRule rule) {
    List<EligibilityRule> more = new ArrayList<>(rules);
    more.add(Checks.required(rule, "rule"));
    return new EligibilityPolicy(more);
  }

  /** {@return the rules, in the order they are checked} */
  public List<EligibilityRule> rules() {
    return rules;
  }

  /**
   * Checks every rule against {@code context}.
   *
   * @param context what the rules decide on: the referral, the offer, the household and the date
   * @return one outcome per rule, in order
   */
  public EligibilityDecision decide(EligibilityContext context) {
    Checks.required(context, "context");
    // an array checked here and wrapped without a copy: the decision keeps it as it is (EligibilityDecision.Decided)
    RuleOutcome[] outcomes = new RuleOutcome[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      EligibilityRule rule = rules.get(i);
      RuleOutcome outcome = rule.check(context);
      if (outcome == null) {
        Checks.required(null, "outcome of rule " + rule.code());
      }
      if (!outcome.rule().equals(rule.code())) {
        Checks.check(false, "rule " + rule.code() + " answered for another rule: " + outcome.rule());
      }
      outcomes[i] = outcome;
    }
    return new EligibilityDecision(
        context.offer().code(), context.date(), new EligibilityDecision.Decided(outcomes));
  }
}
