package org.liens.referral;

import java.time.LocalDate;
import org.liens.accompaniment.AccompanimentId;
import org.liens.event.EventPayload;

/** The coordinator validated the referral and opened an accompaniment in the active caseload (R8). */
public record ReferralValidated(ReferralId referral, AccompanimentId accompaniment, LocalDate validatedOn) implements EventPayload {}
