package org.liens.agreement;

import org.liens.organisation.OrganisationId;
import org.liens.pricing.Percentage;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * One funder of a funding agreement and its share of every amount (R10, seed 003: "contrat d'objectifs et de
 * cofinancement" between the CAF, the MSA and a community of communes). The shares of an agreement add up to
 * exactly 100 %.
 *
 * @param funder the funding organisation
 * @param share its share, more than 0 %
 */
public record FunderShare(OrganisationId funder, Percentage share) {
  /**
   * Checks the components: {@code funder} and {@code share} required; and the rules stated for the type.
   *
   * @param funder the funding organisation
   * @param share its share, more than 0 %
   */
  public FunderShare {
    Checks.required(funder, "funder");
    Checks.required(share, "share");
    if (share.isZero()) {
      throw new InvalidInputException(ErrorCode.INVALID_PERCENTAGE, "a funder's share is more than 0 %");
    }
  }

  /**
   * A share written as a decimal percentage.
   *
   * @param funder the funding organisation
   * @param percent the share, for instance {@code "33.33"}; more than 0
   * @return the share
   */
  public static FunderShare of(OrganisationId funder, String percent) {
    return new FunderShare(funder, Percentage.of(percent));
  }

  /**
   * {@return the only funder, paying 100 %}
   *
   * @param funder the organisation that pays
   */
  public static FunderShare whole(OrganisationId funder) {
    return new FunderShare(funder, Percentage.HUNDRED);
  }
}
