package org.liens.workshop;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A session of a workshop group was recorded with nobody attending: kept as not held, never billed (issue 14).
 *
 * @param series the workshop series
 * @param session the session's id
 * @param group the group, from 1
 * @param plannedOn the day it was planned
 */
public record GroupSessionNotHeld(WorkshopSeriesId series, UUID session, int group, LocalDate plannedOn)
    implements WorkshopSeriesEvent {}
