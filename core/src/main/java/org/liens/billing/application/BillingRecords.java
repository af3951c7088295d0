package org.liens.billing.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liens.agreement.AgreementId;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.AgreementRef;
import org.liens.billing.BillingSubject;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceHistory;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.IssueDatePolicy;
import org.liens.billing.NumberSeries;
import org.liens.billing.Party;
import org.liens.billing.Payer;
import org.liens.billing.Seller;
import org.liens.billing.SequencePosition;
import org.liens.internal.UnitOfWork;
import org.liens.pricing.Money;
import org.liens.storage.InvoiceNumberSequences;

/**
 * What the billing use cases read and write besides invoices (R10; DESIGN §6), inside one use case's transaction:
 * the invoice history of a subject (two queries), the payers, the next gapless number, and the charges of funding
 * agreements, each agreement read once and saved once per use case however many documents it is charged.
 */
final class BillingRecords {
  private final UnitOfWork work;
  private final Map<AgreementId, FundingAgreement> charged = new LinkedHashMap<>();

  BillingRecords(UnitOfWork work) {
    this.work = work;
  }

  /** The invoices of {@code subject} and their credit notes. */
  InvoiceHistory history(BillingSubject subject) {
    return BillingService.historyOf(work.repositories(), subject);
  }

  /** {@code invoice} and its credit notes. */
  InvoiceHistory history(Invoice invoice) {
    return InvoiceHistory.of(invoice, work.repositories().creditNotes().ofInvoice(invoice.id()));
  }

  /** The payers of these shares, each with the organisation's name and address as printed. */
  List<Payer> payers(List<FunderShare> funders) {
    return funders.stream()
        .map(f -> new Payer(f.funder(), Party.of(work.repositories().organisations().get(f.funder())), f.share()))
        .toList();
  }

  /** A number taken and the one date, read under the series lock, that dates the document. */
  record Numbered(InvoiceNumber number, LocalDate on) {}

  /**
   * The next number of the series {@code prefix} of {@code issuer} and the document's issue date, for a document
   * not dated before {@code notBefore} (its draft, or the invoice it credits). The clock is read first only to
   * choose the year's series; once that series is locked, "today" is read once and, after {@code issueDates}
   * (never before the series' last issue date), dates the document and the series. If that date falls in a later
   * year (the year changed while waiting for the lock), the later year's series is locked and read instead.
   *
   * @throws org.liens.shared.RuleViolationException with {@link org.liens.shared.ErrorCode#CLOCK_BEHIND_SERIES}
   *     if today is behind beyond the policy's tolerance
   */
  Numbered take(Seller issuer, String prefix, LocalDate notBefore, IssueDatePolicy issueDates) {
    InvoiceNumberSequences sequences = work.repositories().invoiceNumberSequences();
    LocalDate guess = work.today();
    int year = (guess.isBefore(notBefore) ? notBefore : guess).getYear();
    while (true) {
      NumberSeries series = new NumberSeries(issuer.identity().siren(), prefix, year);
      Optional<SequencePosition> position = sequences.lock(series);
      LocalDate floor = latest(LocalDate.of(year, 1, 1), notBefore);
      if (position.isPresent()) {
        floor = latest(floor, position.get().lastIssuedOn());
      }
      LocalDate on = issueDates.issueDate(floor, work.today()); // the one reading, under the lock
      if (on.getYear() == year) {
        return new Numbered(series.number(sequences.next(series, on)), on);
      }
      year = on.getYear(); // later than the series' year: the year changed while waiting
    }
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? b : a;
  }

  /** Charges {@code amount} for {@code document} to the agreement; {@link #saveAgreements} stores it. */
  void charge(AgreementRef agreement, UUID document, LocalDate on, Money amount) {
    FundingAgreement current = charged.computeIfAbsent(agreement.id(), work.repositories().fundingAgreements()::get);
    charged.put(agreement.id(), work.accept(current.charge(document, on, amount)));
  }

  /** Saves each agreement charged by this use case, once. */
  void saveAgreements() {
    charged.values().forEach(work.repositories().fundingAgreements()::save);
    charged.clear();
  }
}
