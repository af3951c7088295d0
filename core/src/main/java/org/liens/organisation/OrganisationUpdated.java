package org.liens.organisation;

/** A partner organisation's name, SIREN or address changed. */
public record OrganisationUpdated(OrganisationId organisation) implements OrganisationEvent {}
