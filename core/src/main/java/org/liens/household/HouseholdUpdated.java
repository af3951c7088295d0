package org.liens.household;


/** A household's profile changed. */
public record HouseholdUpdated(HouseholdId household) implements HouseholdEvent {}
