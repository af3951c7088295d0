package org.liens.workshop;

import java.time.LocalDate;
import org.liens.event.EventPayload;

/** The client declined a quote. */
public record QuoteDeclined(QuoteId quote, LocalDate declinedOn) implements EventPayload {}
