package org.liens.workshop;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A session of a workshop group was held: at least one child attended (the event carries the count, never the
 * children).
 *
 * @param series the workshop series
 * @param session the session's id
 * @param group the group, from 1
 * @param heldOn the day it was held
 * @param attended how many children attended
 */
public record GroupSessionHeld(WorkshopSeriesId series, UUID session, int group, LocalDate heldOn, int attended)
    implements WorkshopSeriesEvent {}
