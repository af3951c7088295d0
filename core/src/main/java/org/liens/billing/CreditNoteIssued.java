package org.liens.billing;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.agreement.AgreementId;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;

/** A credit note corrected an issued invoice. */
public record CreditNoteIssued(CreditNoteId creditNote, InvoiceNumber number, InvoiceId invoice, InvoiceNumber invoiceNumber, LocalDate issuedOn, OrganisationId funder, Optional<AgreementId> agreement, Money total) implements CreditNoteEvent {}
