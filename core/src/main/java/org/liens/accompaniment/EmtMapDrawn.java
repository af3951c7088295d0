package org.liens.accompaniment;

import java.time.LocalDate;

/** The E.M.T map was drawn or redrawn (R8). */
public record EmtMapDrawn(AccompanimentId accompaniment, LocalDate drawnOn) implements AccompanimentEvent {}
