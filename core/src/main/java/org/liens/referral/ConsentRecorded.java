package org.liens.referral;

import java.time.LocalDate;

/** The parents or caregivers consented (R7); the names stay out of the event. */
public record ConsentRecorded(ReferralId referral, LocalDate givenOn) implements ReferralEvent {}
