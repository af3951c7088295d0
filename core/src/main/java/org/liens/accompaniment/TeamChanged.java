package org.liens.accompaniment;

import java.util.List;
import org.liens.event.EventPayload;

/** The team of educators changed (R5). */
public record TeamChanged(AccompanimentId accompaniment, List<EducatorId> team) implements EventPayload {}
