package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.Optional;

/** The first appointment moved, and the period and the planned visits not yet done with it. */
public record FirstAppointmentMoved(AccompanimentId accompaniment, LocalDate from, LocalDate to, Optional<LocalDate> lastDay) implements AccompanimentEvent {}
