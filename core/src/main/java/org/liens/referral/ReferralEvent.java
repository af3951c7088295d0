package org.liens.referral;

import org.liens.event.EventPayload;

/**
 * What can happen to a {@link Referral} (R7, R8): the one list of its event payloads. The JSON registry
 * ({@code org.liens.json}) and the tests read this list through {@link Class#getPermittedSubclasses()}, so a new
 * event is declared here and nowhere else; its stored type name is its simple name ({@link EventPayload#type()}).
 */
public sealed interface ReferralEvent extends EventPayload
    permits ReferralReceived,
    ConsentRecorded,
    ReferralAssessed,
    ReferralValidated,
    ReferralRejected,
    ReferralExpired {}
