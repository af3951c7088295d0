package org.liens.eligibility;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.stream.Collectors;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;

/**
 * The decision of an {@link EligibilityPolicy} on one referral: every rule checked, in order, with its verdict
 * and its reason. Eligible when no rule failed.
 *
 * @param offer the offer requested
 * @param date the date of the decision
 * @param outcomes one outcome per rule of the policy, in the policy's order
 */
public record EligibilityDecision(OfferCode offer, LocalDate date, List<RuleOutcome> outcomes) {
  /**
   * Checks the components: {@code offer} and {@code date} required; {@code outcomes} copied unmodifiable, without
   * null element.
   *
   * @param offer the offer requested
   * @param date the date of the decision
   * @param outcomes one outcome per rule of the policy, in the policy's order
   */
  public EligibilityDecision {
    Checks.required(offer, "offer");
    Checks.required(date, "date");
    outcomes = outcomes instanceof Decided ? outcomes : Checks.listOf(outcomes, "outcomes");
  }

  /**
   * The outcomes of a decision as {@link EligibilityPolicy#decide} made them: an array it filled, each outcome
   * checked present, wrapped without a copy (issue 13). Unmodifiable.
   */
  static final class Decided extends AbstractList<RuleOutcome> implements RandomAccess {
    private final RuleOutcome[] outcomes;

    Decided(RuleOutcome[] outcomes) {
      this.outcomes = outcomes;
    }

    @Override
    public RuleOutcome get(int index) {
      return outcomes[index];
    }

    @Override
    public int size() {
      return outcomes.length;
    }
  }

  /** {@return true when no rule failed} */
  public boolean eligible() {
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).failed()) {
        return false;
      }
    }
    return true;
  }

  /** {@return the rules that failed, in order} */
  public List<RuleOutcome> failures() {
    return outcomes.stream().filter(RuleOutcome::failed).toList();
  }

  /**
   * {@return the outcome of the rule with this code, or empty if the policy that decided did not check it}
   *
   * @param rule the rule's stable code, e.g. {@code "consent.required"} ({@link EligibilityRule#code()})
   */
  public Optional<RuleOutcome> outcome(String rule) {
    Checks.required(rule, "rule");
    return outcomes.stream().filter(o -> o.rule().equals(rule)).findFirst();
  }

  /**
   * {@return the outcome of this rule, or empty if the policy that decided did not check it}
   *
   * @param rule the rule, e.g. {@link EligibilityRules#CONSENT_OF_PARENTS_OR_CAREGIVERS_IS_REQUIRED}
   */
  public Optional<RuleOutcome> outcome(EligibilityRule rule) {
    return outcome(Checks.required(rule, "rule").code());
  }

  /**
   * {@return one line per rule: {@code "FAILED consent.required: Consent of the parents is missing."}}
   *
   * @param locale the language: French for {@code fr}, English otherwise
   */
  public String explain(Locale locale) {
    return outcomes.stream()
        .map(o -> o.verdict() + " " + o.rule() + ": " + o.reason().in(locale))
        .collect(Collectors.joining("\n"));
  }
}
