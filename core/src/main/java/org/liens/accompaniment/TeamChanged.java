package org.liens.accompaniment;

import java.util.List;

/** The team of educators changed (R5). */
public record TeamChanged(AccompanimentId accompaniment, List<EducatorId> team) implements AccompanimentEvent {}
