package org.liens.billing.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liens.access.Actor;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.BillingPlan;
import org.liens.billing.BillingPolicy;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.InvoiceHistory;
import org.liens.access.Operation;
import org.liens.internal.Engine;
import org.liens.internal.Targets;

/**
 * Settling an accompaniment that ended early (R2) or was cancelled after it was invoiced: the {@link BillingPlan}
 * says what was over-billed, and each invoice concerned gets one credit note; its funding agreement is charged
 * once for all of them (R10). See {@link BillingService#settle}.
 */
record Settling(Engine engine, BillingPolicy policy, Crediting crediting) {
  List<CreditNote> settle(Actor actor, AccompanimentId id, String reason) {
    return engine.write(actor, Operation.INVOICE_CREDIT, work -> {
      work.repositories().accompaniments().lock(id);
      Accompaniment accompaniment = work.gate().check(work.repositories().accompaniments().get(id), Targets::of);
      Optional<FundingAgreement> agreement = accompaniment.agreement().map(work.repositories().fundingAgreements()::get);
      BillingRecords records = new BillingRecords(work);
      InvoiceHistory history = records.history(BillingSubject.of(id));
      List<CreditNote> notes = new ArrayList<>();
      BillingPlan plan = new BillingPlan(policy, history);
      List<BillingPlan.Credit> credits = agreement.map(a -> plan.overBilled(accompaniment, a))
          .orElseGet(() -> plan.overBilled(accompaniment));
      for (BillingPlan.Credit credit : credits) {
        notes.add(crediting.issue(work, records, history, credit.invoice(), credit.amount(), reason,
            Optional.empty()));
      }
      records.saveAgreements();
      return List.copyOf(notes);
    });
  }
}
