package org.liens.figures;

/**
 * Where a file (a referral received, "dossier") stands for the published figures (R11, issue 12).
 *
 * <p>Choice where seed 001 is silent: a file is <em>eligible</em> once validated into the active caseload (R8), since
 * validation is only possible for a referral the eligibility policy found eligible; a rejected file counts as not
 * eligible, an expired one (issue 14) as expired, and a file still undecided as pending.
 */
public enum FileOutcome {
  /** Received or assessed, not yet decided. */
  PENDING,
  /** Rejected with a reason. */
  REJECTED,
  /** Expired: nobody acted upon it within its delays (issue 14, {@code ReferralDeadlines}); not eligible either. */
  EXPIRED,
  /** Validated: an accompaniment was opened ("dossier éligible"). */
  ELIGIBLE
}
