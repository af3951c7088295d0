package org.liens.household;

import org.liens.event.EventPayload;

/** A household's profile changed. */
public record HouseholdUpdated(HouseholdId household) implements EventPayload {}
