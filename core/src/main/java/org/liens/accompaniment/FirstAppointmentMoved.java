package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.event.EventPayload;

/** The first appointment moved, and the period and the planned visits not yet done with it. */
public record FirstAppointmentMoved(AccompanimentId accompaniment, LocalDate from, LocalDate to, Optional<LocalDate> lastDay) implements EventPayload {}
