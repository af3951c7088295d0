package org.liens.accompaniment;

import org.liens.event.EventPayload;

/**
 * What can happen to an {@link Accompaniment} (R2, R4–R8): the one list of its event payloads. The JSON registry
 * ({@code org.liens.json}) and the tests read this list through {@link Class#getPermittedSubclasses()}, so a new
 * event is declared here and nowhere else; its stored type name is its simple name ({@link EventPayload#type()}).
 */
public sealed interface AccompanimentEvent extends EventPayload
    permits AccompanimentOpened,
    AccompanimentStarted,
    FirstAppointmentMoved,
    TeamChanged,
    ContactRecorded,
    ContactPlanned,
    ContactNotHeld,
    SupportPlanWritten,
    EmtMapDrawn,
    ActionReportWritten,
    AccompanimentClosed,
    AccompanimentCancelled,
    AccompanimentSucceeded,
    TariffFrozen,
    ConsentGiven,
    ConsentRevoked,
    AccompanimentReopened {}
