package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.catalog.OfferCode;
import org.liens.household.HouseholdId;
import org.liens.referral.ReferralId;

/** The coordinator validated a referral: the accompaniment entered the active caseload (R8). */
public record AccompanimentOpened(AccompanimentId accompaniment, HouseholdId household, ReferralId referral, OfferCode offer, LocalDate openedOn, Optional<AccompanimentId> predecessor) implements AccompanimentEvent {}
