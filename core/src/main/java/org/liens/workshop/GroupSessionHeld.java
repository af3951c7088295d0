package org.liens.workshop;

import java.time.LocalDate;
import java.util.UUID;

/** A session of a workshop group was held. */
public record GroupSessionHeld(WorkshopSeriesId series, UUID session, int group, LocalDate heldOn) implements WorkshopSeriesEvent {}
