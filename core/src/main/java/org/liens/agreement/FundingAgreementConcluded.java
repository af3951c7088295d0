package org.liens.agreement;

import java.time.LocalDate;
import java.util.List;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;

/** A funding agreement was concluded (R10). */
public record FundingAgreementConcluded(AgreementId agreement, String reference, LocalDate start, LocalDate endExclusive, List<OrganisationId> funders, Money budget) implements FundingAgreementEvent {}
