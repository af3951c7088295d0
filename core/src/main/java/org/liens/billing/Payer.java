package org.liens.billing;

import org.liens.organisation.OrganisationId;
import org.liens.pricing.Percentage;
import org.liens.shared.Checks;

/**
 * A funder who receives an invoice for its share of a service (R10; 100 % unless co-financed).
 *
 * @param funder the funding organisation
 * @param client its identity as printed
 * @param share its share
 */
public record Payer(OrganisationId funder, Party client, Percentage share) {
  /**
   * Checks the components: {@code funder}, {@code client} and {@code share} required; and the rules stated for the type.
   *
   * @param funder the funding organisation
   * @param client its identity as printed
   * @param share its share
   */
  public Payer {
    Checks.requiredAll("funder, client, share", funder, client, share);
    Checks.check(!share.isZero(), "a payer's share is more than 0 %");
  }
}
