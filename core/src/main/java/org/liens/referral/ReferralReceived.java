package org.liens.referral;

import java.time.LocalDate;
import org.liens.catalog.OfferCode;
import org.liens.catalog.ReferralChannel;
import org.liens.household.HouseholdId;

/** A referral reached the coordinator. */
public record ReferralReceived(ReferralId referral, HouseholdId household, OfferCode offer, ReferralChannel channel, LocalDate receivedOn) implements ReferralEvent {}
