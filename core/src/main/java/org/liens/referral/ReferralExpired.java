package org.liens.referral;

import java.time.LocalDate;

/**
 * The referral expired: nobody acted upon it within its delay (issue 14, {@link ReferralDeadlines}).
 *
 * @param referral the referral
 * @param reason which delay passed
 * @param deadline the last day it could have been acted upon
 * @param expiredOn the day it was found past its delay and expired
 */
public record ReferralExpired(ReferralId referral, ReferralExpiry reason, LocalDate deadline, LocalDate expiredOn)
    implements ReferralEvent {}
