package org.liens.workshop;

import java.time.LocalDate;

/** A workshop series opened from an accepted quote. */
public record WorkshopSeriesOpened(WorkshopSeriesId series, QuoteId quote, int groups, LocalDate openedOn) implements WorkshopSeriesEvent {}
