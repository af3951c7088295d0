package org.liens.workshop;

import java.time.LocalDate;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;

/** The practitioner proposed a quote for a group workshop (R3, R9). */
public record QuoteProposed(QuoteId quote, OrganisationId client, int children, int groups, Money total, LocalDate quotedOn, LocalDate validUntil) implements QuoteEvent {}
