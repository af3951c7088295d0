package org.liens.agreement;

import java.time.LocalDate;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;

/** An accompaniment took a place of a funding agreement (R10). */
public record PlaceTaken(AgreementId agreement, AccompanimentId accompaniment, OfferCode offer, LocalDate takenOn, Money price) implements FundingAgreementEvent {}
