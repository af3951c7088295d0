package org.liens.workshop;

import java.time.LocalDate;

/** A child joined a workshop group (the event carries counts, never the child). */
public record ParticipantEnrolled(WorkshopSeriesId series, int group, int participants, LocalDate enrolledOn) implements WorkshopSeriesEvent {}
