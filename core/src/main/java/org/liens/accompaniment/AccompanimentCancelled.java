package org.liens.accompaniment;

import java.time.LocalDate;

/** The accompaniment was cancelled; the reason stays on the accompaniment. */
public record AccompanimentCancelled(AccompanimentId accompaniment, LocalDate cancelledOn) implements AccompanimentEvent {}
