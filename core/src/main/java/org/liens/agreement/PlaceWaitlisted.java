package org.liens.agreement;

import java.time.LocalDate;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;

/** An accompaniment was validated with no place left and waits for one (policy WAITLIST). */
public record PlaceWaitlisted(AgreementId agreement, AccompanimentId accompaniment, OfferCode offer, LocalDate since) implements FundingAgreementEvent {}
