package org.liens.accompaniment;

import java.time.LocalDate;

/**
 * A contact did not take place (issue 14): missed (its status says by whom) or cancelled, by hand or because the
 * accompaniment ended while it was still planned. It does not count toward the targets.
 */
public record ContactNotHeld(AccompanimentId accompaniment, ContactId contact, ContactKind kind, LocalDate date, ContactStatus status) implements AccompanimentEvent {}
