package org.liens.accompaniment;

import java.time.LocalDate;

/** The DIA was written or revised (R8); its content stays on the accompaniment. */
public record SupportPlanWritten(AccompanimentId accompaniment, LocalDate writtenOn) implements AccompanimentEvent {}
