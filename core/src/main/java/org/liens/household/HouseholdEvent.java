package org.liens.household;

import org.liens.event.EventPayload;

/**
 * What can happen to a {@link Household} (R11): the one list of its event payloads. The JSON registry
 * ({@code org.liens.json}) and the tests read this list through {@link Class#getPermittedSubclasses()}, so a new
 * event is declared here and nowhere else; its stored type name is its simple name ({@link EventPayload#type()}).
 */
public sealed interface HouseholdEvent extends EventPayload
    permits HouseholdRegistered,
    HouseholdUpdated,
    HouseholdAnonymised {}
