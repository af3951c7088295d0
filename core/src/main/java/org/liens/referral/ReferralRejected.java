package org.liens.referral;

import java.time.LocalDate;

/** The referral was rejected; the reason is stored on the referral, not in the event. */
public record ReferralRejected(ReferralId referral, LocalDate rejectedOn) implements ReferralEvent {}
