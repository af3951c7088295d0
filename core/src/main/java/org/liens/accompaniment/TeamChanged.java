package org.liens.accompaniment;

import java.util.List;
import org.liens.staff.StaffId;

/** The team of educators changed (R5). */
public record TeamChanged(AccompanimentId accompaniment, List<StaffId> team) implements AccompanimentEvent {}
