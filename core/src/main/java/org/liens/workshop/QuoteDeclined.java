package org.liens.workshop;

import java.time.LocalDate;

/** The client declined a quote. */
public record QuoteDeclined(QuoteId quote, LocalDate declinedOn) implements QuoteEvent {}
