package org.liens.accompaniment;

import java.time.LocalDate;

/** The accompaniment was closed with its action report; early when before the end of its period. */
public record AccompanimentClosed(AccompanimentId accompaniment, LocalDate closedOn, boolean early) implements AccompanimentEvent {}
