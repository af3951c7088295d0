/**
 * The billing use cases (R3, R10; DESIGN §6): prepare the draft invoices of an accompaniment or a workshop series,
 * issue them with gapless numbers, discard drafts, credit issued invoices, settle a cancelled or ended module, and
 * list them. {@link org.liens.billing.application.BillingService} is the façade; each use case is a small class
 * named as the activity ({@code PreparingInvoices}, {@code IssuingInvoices}, {@code Crediting}, {@code Settling})
 * that reads the subject's {@link org.liens.billing.InvoiceHistory} once and lets
 * {@link org.liens.billing.BillingPlan} decide what is due.
 */
package org.liens.billing.application;
