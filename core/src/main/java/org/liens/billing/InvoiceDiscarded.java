package org.liens.billing;

import java.time.LocalDate;

/** A draft invoice was thrown away, without ever having a number. */
public record InvoiceDiscarded(InvoiceId invoice, LocalDate discardedOn) implements InvoiceEvent {}
