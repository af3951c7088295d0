package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.staff.StaffId;

/** A home visit, remote contact or workshop session was planned, or planned again on another day (issue 14). */
public record ContactPlanned(AccompanimentId accompaniment, ContactId contact, ContactKind kind, LocalDate date, StaffId educator) implements AccompanimentEvent {}
