package org.liens.billing;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.agreement.AgreementId;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;

/** An invoice was numbered and issued; it will never change. */
public record InvoiceIssued(InvoiceId invoice, InvoiceNumber number, LocalDate issuedOn, LocalDate dueOn, OrganisationId funder, Optional<AgreementId> agreement, Money net, Money vat, Money total) implements InvoiceEvent {}
