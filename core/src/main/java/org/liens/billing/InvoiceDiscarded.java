package org.liens.billing;

import java.time.LocalDate;
import org.liens.event.EventPayload;

/** A draft invoice was thrown away, without ever having a number. */
public record InvoiceDiscarded(InvoiceId invoice, LocalDate discardedOn) implements EventPayload {}
