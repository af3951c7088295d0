package org.liens.billing.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.liens.access.Actor;
import org.liens.agreement.FunderShare;
import org.liens.billing.BillingSubject;
import org.liens.billing.InvoiceStatus;
import org.liens.internal.UnitOfWork;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;
import org.liens.billing.Invoice;
import org.liens.billing.MissingChorusProDataException;
import org.liens.organisation.ChorusPro;
import org.liens.organisation.ChorusProField;
import java.util.Optional;
import java.util.Set;
import org.liens.billing.InvoiceId;
import org.liens.billing.IssueDatePolicy;
import org.liens.billing.NumberingScheme;
import org.liens.access.AccessTarget;
import org.liens.access.Operation;
import org.liens.internal.Engine;
import org.liens.internal.Targets;

/**
 * Issuing a draft with the next gapless, chronological number of its series and charging it to its funding
 * agreement (R10; DESIGN §6), or discarding a draft. See {@link BillingService#issue}.
 */
record IssuingInvoices(Engine engine, NumberingScheme numbering, IssueDatePolicy issueDates) {
  Invoice issue(Actor actor, InvoiceId id) {
    return engine.write(actor, Operation.INVOICE_ISSUE, work -> {
      Invoice found = work.gate().check(work.repositories().invoices().get(id), Targets::of);
      if (found.status() == InvoiceStatus.ISSUED) {
        return found; // issued already, by this call repeated or another: it never changes, no number is taken
      }
      Invoice draft = found.requireDraft();
      BillingRecords records = new BillingRecords(work);
      Invoice issued = issue(work, records, draft);
      records.saveAgreements();
      return work.repositories().invoices().save(issued);
    });
  }

  /**
   * Issues every draft of {@code subject} in one transaction, in the order they were drafted (under an agreement,
   * in the order of its funders): each takes the next number, and each agreement is charged all its new documents
   * and saved once.
   */
  List<Invoice> issueAll(Actor actor, BillingSubject subject) {
    return engine.write(actor, Operation.INVOICE_ISSUE, work -> {
      BillingRecords records = new BillingRecords(work);
      work.gate().check(AccessTarget.NONE); // the drafts of a subject: a whole-ledger operation, then each draft
      List<Invoice> drafts = records.history(subject).invoices().stream()
          .filter(i -> i.status() == InvoiceStatus.DRAFT)
          .map(i -> work.gate().check(i, Targets::of))
          .sorted(Comparator.comparing(Invoice::draftedOn).thenComparing(i -> funderRank(work, i))
              .thenComparing(i -> i.id().value()))
          .toList();
      if (drafts.isEmpty()) {
        throw new RuleViolationException(ErrorCode.NOTHING_TO_BILL, "the subject has no draft invoice to issue");
      }
      List<Invoice> issued = new ArrayList<>();
      for (Invoice draft : drafts) {
        issued.add(issue(work, records, draft));
      }
      records.saveAgreements();
      return issued.stream().map(work.repositories().invoices()::save).toList();
    });
  }

  /**
   * Numbers and dates {@code draft} (today read once, under the series lock) and charges it to its agreement in
   * {@code records}, saved by the caller.
   */
  private Invoice issue(UnitOfWork work, BillingRecords records, Invoice unchecked) {
    Invoice draft = withChorusPro(work, unchecked);
    BillingRecords.Numbered taken = records.take(draft.seller(), numbering.invoicePrefix(), draft.draftedOn(), issueDates);
    Invoice issued = work.accept(draft.issue(taken.number(), taken.on()));
    issued.agreement().ifPresent(ref ->
        records.charge(ref, issued.id().value(), issued.issuedOn().orElseThrow(), issued.total()));
    return issued;
  }

  /**
   * The draft with its funder's Chorus Pro data as it is today (issue 15), when the funder is invoiced through
   * Chorus Pro; refused before any number is taken while the funder's required data is incomplete.
   */
  private static Invoice withChorusPro(UnitOfWork work, Invoice draft) {
    Optional<ChorusPro> chorusPro = work.repositories().organisations().get(draft.funder()).chorusPro();
    if (chorusPro.isEmpty()) {
      return draft;
    }
    Set<ChorusProField> missing = chorusPro.get().missing();
    if (!missing.isEmpty()) {
      throw new MissingChorusProDataException("invoice " + draft.id(), missing);
    }
    return Invoice.builder().from(draft).client(draft.client().withChorusPro(chorusPro.get())).build();
  }

  /** The position of the invoice's funder in its agreement (0 without agreement). */
  private static int funderRank(UnitOfWork work, Invoice invoice) {
    return invoice.agreement().map(ref -> {
      List<FunderShare> funders = work.repositories().fundingAgreements().get(ref.id()).funders();
      for (int i = 0; i < funders.size(); i++) {
        if (funders.get(i).funder().equals(invoice.funder())) {
          return i;
        }
      }
      return funders.size();
    }).orElse(0);
  }

  Invoice discard(Actor actor, InvoiceId id) {
    return engine.write(actor, Operation.INVOICE_DISCARD, work -> work.repositories().invoices().save(work.accept(
        work.gate().check(work.repositories().invoices().get(id), Targets::of).discard(work.today()))));
  }
}
