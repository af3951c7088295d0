package org.liens.agreement;

import java.time.LocalDate;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;

/** A place (or a waitlist entry) was given back. */
public record PlaceReleased(AgreementId agreement, AccompanimentId accompaniment, OfferCode offer, LocalDate releasedOn, boolean wasWaitlisted) implements FundingAgreementEvent {}
