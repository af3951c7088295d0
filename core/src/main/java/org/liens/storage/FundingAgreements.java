package org.liens.storage;

import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import org.liens.agreement.AgreementId;
import org.liens.agreement.FundingAgreement;
import org.liens.catalog.OfferCode;
import org.liens.organisation.OrganisationId;

/**
 * Funding agreements (R10). Saving one whose funder does not exist is a dangling reference. Lists are ordered by
 * period start, then id.
 */
public interface FundingAgreements extends AggregateStore<FundingAgreement, AgreementId> {

  /** The order of every list: period start, then id (any tie-break is allowed). */
  Comparator<FundingAgreement> BY_PERIOD =
      Comparator.comparing((FundingAgreement a) -> a.period().start()).thenComparing(a -> a.id().value());

  /**
   * {@return the agreements that cover {@code offer}, have a place of it left now, and whose period contains {@code
   * on}}
   *
   * @param offer the offer (R1)
   * @param on the day the places are counted
   */
  List<FundingAgreement> withPlacesLeft(OfferCode offer, LocalDate on);

  /**
   * {@return the agreements {@code funder} takes a share of}
   *
   * @param funder the organisation that pays
   */
  List<FundingAgreement> ofFunder(OrganisationId funder);

  /**
   * {@return the agreements whose period contains {@code on}, full or not: what the due list scans for places
   * (issue 14)}
   *
   * @param on the day
   */
  List<FundingAgreement> inForce(LocalDate on);
}
