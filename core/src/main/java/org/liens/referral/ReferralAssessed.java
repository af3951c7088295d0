package org.liens.referral;

import java.time.LocalDate;

/** The coordinator and the prescriber assessed the family's needs (R8). */
public record ReferralAssessed(ReferralId referral, LocalDate assessedOn) implements ReferralEvent {}
