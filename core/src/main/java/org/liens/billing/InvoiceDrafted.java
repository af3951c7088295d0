package org.liens.billing;

import java.time.LocalDate;
import java.util.UUID;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;

/** An invoice was prepared from what the billing policy says is due; it has no number yet. */
public record InvoiceDrafted(InvoiceId invoice, UUID subject, OrganisationId funder, Money total, LocalDate draftedOn) implements InvoiceEvent {}
