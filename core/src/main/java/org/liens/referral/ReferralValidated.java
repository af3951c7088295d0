package org.liens.referral;

import java.time.LocalDate;
import org.liens.accompaniment.AccompanimentId;

/** The coordinator validated the referral and opened an accompaniment in the active caseload (R8). */
public record ReferralValidated(ReferralId referral, AccompanimentId accompaniment, LocalDate validatedOn) implements ReferralEvent {}
