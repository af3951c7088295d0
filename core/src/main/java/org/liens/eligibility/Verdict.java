package org.liens.eligibility;

/** The outcome of one eligibility rule. */
public enum Verdict {
  /** The referral meets the rule. */
  PASSED,
  /** The referral does not meet the rule: it is not eligible. */
  FAILED,
  /** The rule does not concern this referral (an MIP rule on a MAPA referral). */
  NOT_APPLICABLE
}
