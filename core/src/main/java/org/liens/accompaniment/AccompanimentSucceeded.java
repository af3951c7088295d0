package org.liens.accompaniment;

import java.time.LocalDate;

/** A MADI took over this accompaniment with the same team (R6). */
public record AccompanimentSucceeded(AccompanimentId accompaniment, AccompanimentId successor, LocalDate on) implements AccompanimentEvent {}
