package org.liens.organisation;

/** A partner organisation became known. */
public record OrganisationRegistered(OrganisationId organisation, OrganisationKind kind) implements OrganisationEvent {}
