package org.liens.billing.application;

import org.liens.access.Actor;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.NumberingScheme;
import org.liens.internal.Engine;

/**
 * Issuing a draft with the next gapless, chronological number of its series and charging it to its funding
 * agreement (R10; DESIGN §6), or discarding a draft. See {@link BillingService#issue}.
 */
record IssuingInvoices(Engine engine, NumberingScheme numbering) {
  Invoice issue(Actor actor, InvoiceId id) {
    return engine.write(actor, work -> {
      Invoice draft = work.repositories().invoices().get(id).requireDraft();
      BillingRecords records = new BillingRecords(work);
      InvoiceNumber number = records.take(draft.seller(), numbering.invoicePrefix(), work.today());
      Invoice issued = work.accept(draft.issue(number, work.today()));
      issued.agreement().ifPresent(ref ->
          records.charge(ref, issued.id().value(), issued.issuedOn().orElseThrow(), issued.total()));
      records.saveAgreements();
      return work.repositories().invoices().save(issued);
    });
  }

  Invoice discard(Actor actor, InvoiceId id) {
    return engine.write(actor, work ->
        work.repositories().invoices().save(work.accept(work.repositories().invoices().get(id).discard(work.today()))));
  }
}
