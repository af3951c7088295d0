package org.liens.referral;

import org.liens.shared.LocalizedText;

/** Why a referral expired: which of its delays ({@link ReferralDeadlines}) passed with nobody acting upon it. */
public enum ReferralExpiry {
  /** Received, and not assessed within the offer's assessment delay. */
  NOT_ASSESSED_IN_TIME(LocalizedText.of(
      "Orientation non évaluée dans le délai de l'offre", "Referral not assessed within the offer's delay")),
  /** Assessed, and neither validated nor rejected within the offer's decision delay. */
  NOT_DECIDED_IN_TIME(LocalizedText.of(
      "Orientation évaluée sans décision dans le délai de l'offre", "Referral assessed but not decided within the offer's delay"));

  private final LocalizedText explanation;

  ReferralExpiry(LocalizedText explanation) {
    this.explanation = explanation;
  }

  /** {@return the reason in French and English, for the prescriber's view} */
  public LocalizedText explanation() {
    return explanation;
  }
}
