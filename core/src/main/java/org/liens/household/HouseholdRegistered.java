package org.liens.household;

import org.liens.event.EventPayload;

/** A household became known to the organisation. */
public record HouseholdRegistered(HouseholdId household) implements EventPayload {}
