package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.Optional;

/** The first appointment was fixed: the period starts (R2). */
public record AccompanimentStarted(AccompanimentId accompaniment, LocalDate firstAppointment, Optional<LocalDate> lastDay) implements AccompanimentEvent {}
