package org.liens.workshop;

import org.liens.event.EventPayload;

/**
 * What can happen to a {@link WorkshopSeries} (R3, R9): the one list of its event payloads. The JSON registry
 * ({@code org.liens.json}) and the tests read this list through {@link Class#getPermittedSubclasses()}, so a new
 * event is declared here and nowhere else; its stored type name is its simple name ({@link EventPayload#type()}).
 */
public sealed interface WorkshopSeriesEvent extends EventPayload
    permits WorkshopSeriesOpened,
    ParticipantEnrolled,
    GroupSessionHeld,
    GroupSessionNotHeld {}
