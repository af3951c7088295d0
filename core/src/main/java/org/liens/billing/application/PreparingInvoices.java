package org.liens.billing.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.liens.access.Actor;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.AgreementRef;
import org.liens.billing.BillableLine;
import org.liens.billing.BillingPlan;
import org.liens.billing.BillingPolicy;
import org.liens.billing.BillingSubject;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceHistory;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceStatus;
import org.liens.billing.InvoiceRequirement;
import org.liens.billing.MissingInvoiceDataException;
import org.liens.billing.Payer;
import org.liens.billing.Seller;
import org.liens.access.Operation;
import org.liens.internal.Engine;
import org.liens.internal.Targets;
import org.liens.internal.UnitOfWork;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.shared.Change;
import org.liens.workshop.WorkshopSeries;
import org.liens.workshop.WorkshopSeriesId;

/**
 * Preparing the draft invoices of what a subject owes today (R3, R10): reads the subject and its invoice history
 * once, asks the {@link BillingPlan} what is due, checks the funding agreement's period and budget, and drafts one
 * invoice per funder. See {@link BillingService#prepare(Actor, AccompanimentId)}.
 */
record PreparingInvoices(Engine engine, BillingPolicy policy, Optional<Seller> seller) {
  List<Invoice> of(Actor actor, AccompanimentId id) {
    return engine.write(actor, Operation.INVOICE_PREPARE, work -> {
      Seller issuer = requireSeller();
      work.repositories().accompaniments().lock(id); // two concurrent prepares must not both find nothing billed yet
      Accompaniment accompaniment = work.gate().check(work.repositories().accompaniments().get(id), Targets::of);
      Optional<FundingAgreement> agreement = accompaniment.agreement().map(work.repositories().fundingAgreements()::get);
      BillingRecords records = new BillingRecords(work);
      BillingSubject subject = BillingSubject.of(id);
      InvoiceHistory history = records.history(subject);
      List<FunderShare> funders = agreement.map(FundingAgreement::funders)
          .orElseGet(() -> List.of(FunderShare.whole(accompaniment.funder())));
      if (history.hasDraft()) {
        return pending(history, funders);
      }
      BillingPlan plan = new BillingPlan(policy, history);
      List<BillableLine> lines = agreement.map(a -> plan.dueFor(accompaniment, a, work.today()))
          .orElseGet(() -> plan.dueFor(accompaniment, work.today()));
      return saveDrafts(work, subject, lines, records.payers(funders), issuer, agreement);
    });
  }

  List<Invoice> of(Actor actor, WorkshopSeriesId id) {
    return engine.write(actor, Operation.INVOICE_PREPARE, work -> {
      Seller issuer = requireSeller();
      work.repositories().workshopSeries().lock(id);
      WorkshopSeries series = work.gate().check(work.repositories().workshopSeries().get(id), Targets::of);
      BillingRecords records = new BillingRecords(work);
      BillingSubject subject = BillingSubject.of(id);
      InvoiceHistory history = records.history(subject);
      List<FunderShare> funders = List.of(FunderShare.whole(series.client()));
      if (history.hasDraft()) {
        return pending(history, funders);
      }
      List<BillableLine> lines = new BillingPlan(policy, history)
          .dueFor(series, work.repositories().quotes().get(series.quote()));
      return saveDrafts(work, subject, lines, records.payers(funders), issuer, Optional.empty());
    });
  }

  /**
   * The drafts that wait to be issued or discarded, in the order they were prepared (by funder): preparing again
   * returns them and never drafts a second invoice, so that a prepare answered {@code OUTCOME_UNKNOWN} can be
   * repeated; what became due since is drafted once they are issued or discarded.
   */
  private static List<Invoice> pending(InvoiceHistory history, List<FunderShare> funders) {
    List<OrganisationId> order = funders.stream().map(FunderShare::funder).toList();
    return history.invoices().stream().filter(i -> i.status() == InvoiceStatus.DRAFT)
        .sorted(Comparator.comparing(Invoice::draftedOn)
            .thenComparing(i -> order.contains(i.funder()) ? order.indexOf(i.funder()) : order.size())
            .thenComparing(i -> i.id().value()))
        .toList();
  }

  private Seller requireSeller() {
    return seller.orElseThrow(() -> new MissingInvoiceDataException("anything",
        Set.of(InvoiceRequirement.SELLER)));
  }

  private static List<Invoice> saveDrafts(
      UnitOfWork work, BillingSubject subject, List<BillableLine> lines, List<Payer> payers, Seller issuer,
      Optional<FundingAgreement> agreement) {
    agreement.ifPresent(a -> {
      lines.forEach(l -> a.requireCovers(l.performedOn()));
      a.requireBudgetFor(Money.sum(lines.stream().map(BillableLine::gross).toList()));
    });
    Optional<AgreementRef> ref = agreement.map(a -> new AgreementRef(a.id(), a.reference()));
    List<Invoice> drafts = new ArrayList<>();
    Supplier<InvoiceId> ids = () -> InvoiceId.of(work.newId());
    List<Change<Invoice>> changes = ref
        .map(r -> Invoice.draft(ids, subject, lines, payers, issuer, r, work.today()))
        .orElseGet(() -> Invoice.draft(ids, subject, lines, payers, issuer, work.today()));
    for (Change<Invoice> change : changes) {
      drafts.add(work.repositories().invoices().save(work.accept(change)));
    }
    return List.copyOf(drafts);
  }
}
