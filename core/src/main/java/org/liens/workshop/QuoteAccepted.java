package org.liens.workshop;

import java.time.LocalDate;

/** The client accepted a quote; its workshop series opened. */
public record QuoteAccepted(QuoteId quote, WorkshopSeriesId series, LocalDate acceptedOn) implements QuoteEvent {}
