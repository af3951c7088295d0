package org.liens.household;


/** A household became known to the organisation. */
public record HouseholdRegistered(HouseholdId household) implements HouseholdEvent {}
