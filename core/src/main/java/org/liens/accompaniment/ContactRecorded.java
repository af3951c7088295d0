package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.staff.StaffId;

/** A home visit, remote contact or workshop session was recorded (R4). */
public record ContactRecorded(AccompanimentId accompaniment, ContactId contact, ContactKind kind, LocalDate date, StaffId educator) implements AccompanimentEvent {}
