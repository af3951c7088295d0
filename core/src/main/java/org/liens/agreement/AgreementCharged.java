package org.liens.agreement;

import java.time.LocalDate;
import java.util.UUID;
import org.liens.pricing.Money;

/** An invoice (positive) or a credit note (negative) was billed under the agreement. */
public record AgreementCharged(AgreementId agreement, UUID document, LocalDate on, Money amount) implements FundingAgreementEvent {}
