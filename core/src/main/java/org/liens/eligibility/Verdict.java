package org.liens.eligibility;

/** The outcome of one eligibility rule. */
public enum Verdict {
  PASSED,
  FAILED,
  /** The rule does not concern this referral (an MIP rule on a MAPA referral). */
  NOT_APPLICABLE
}
