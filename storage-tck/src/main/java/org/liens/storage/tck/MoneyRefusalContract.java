package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.agreement.Place;
import org.liens.billing.AgreementRef;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.InvoiceStatus;
import org.liens.billing.NumberSeries;
import org.liens.billing.SequencePosition;
import org.liens.catalog.OfferCode;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.LiensException;
import org.liens.shared.RuleViolationException;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteId;
import org.liens.workshop.WorkshopSeries;
import org.liens.workshop.WorkshopSeriesId;

/**
 * Refusals of the money ports as every adapter gives them, with the same exception, code and order (the references
 * {@link org.liens.storage.AggregateKind} declares, then the numbers no two documents share, then duplicate id,
 * then version); a refused save leaves the transaction usable; a number taken in a rolled-back transaction is given
 * back and a series stays chronological.
 */
public interface MoneyRefusalContract extends StorageFactory {

  private static Invoice issued(Ledger ledger) {
    return ledger.invoices.stream().filter(i -> i.number().isPresent()).findFirst().orElseThrow();
  }

  /** Contract (money refusals): each refused save fails with its exception and code, references first. */
  @Test
  @DisplayName("money refusals: each refused save fails with its exception and code, references first")
  default void refused_money_saves_fail_in_the_declared_order() {
    Ledger ledger = newLedger();
    LocalDate day = ledger.clock.today();
    OrganisationId nowhere = OrganisationId.of(UUID.randomUUID());
    AccompanimentId noAccompaniment = AccompanimentId.of(UUID.randomUUID());
    FundingAgreement agreement = ledger.cofinanced;
    Quote accepted = ledger.storage.read((Repositories r) -> r.quotes().get(ledger.series.quote()));
    WorkshopSeries series = ledger.storage.read((Repositories r) -> r.workshopSeries().get(ledger.series.id()));
    Invoice issued = issued(ledger);
    Invoice draft = ledger.invoices.stream().filter(i -> i.status() == InvoiceStatus.DRAFT).findFirst()
        .orElse(issued);
    CreditNote note = ledger.creditNotes.get(0);
    InvoiceNumber taken = issued.number().orElseThrow();
    InvoiceNumber free = new InvoiceNumber(taken.prefix(), taken.year(), 999);
    NumberSeries numbering = new NumberSeries(Ledger.SELLER.identity().siren(), taken.prefix(), taken.year());
    LocalDate lastIssued = ledger.storage.read((Repositories r) -> r.invoiceNumberSequences().current(numbering))
        .orElseThrow().lastIssuedOn();
    List<Invoice> invoicesBefore = ledger.storage.read((Repositories r) -> r.invoices().issuedBetween(Ledger.START,
        day.plusYears(2)));
    List<CreditNote> notesBefore = ledger.storage.read((Repositories r) -> r.creditNotes().issuedBetween(Ledger.START,
        day.plusYears(2)));
    List<Function<Repositories, Object>> refusals = List.of(
        // agreements: an unknown funder, an unknown accompaniment holding or waiting for a place
        r -> r.fundingAgreements().save(FundingAgreement.builder().from(agreement).version(0)
            .id(AgreementId.of(UUID.randomUUID())).funders(List.of(FunderShare.whole(nowhere))).build()),
        r -> r.fundingAgreements().save(FundingAgreement.builder().from(agreement).version(0)
            .id(AgreementId.of(UUID.randomUUID())).places(List.of(new Place(noAccompaniment, OfferCode.MIP, day,
                Money.euros(1800), agreement.lines().get(0).vat(), Optional.empty()))).build()),
        // quotes: an unknown client, an unknown series; series: an unknown quote, a quote that opened one already
        r -> r.quotes().save(Quote.builder().from(accepted).version(0).id(QuoteId.of(UUID.randomUUID()))
            .client(nowhere).build()),
        r -> r.quotes().save(Quote.builder().from(accepted).version(0).id(QuoteId.of(UUID.randomUUID()))
            .series(WorkshopSeriesId.of(UUID.randomUUID())).build()),
        r -> r.workshopSeries().save(WorkshopSeries.builder().from(series).version(0)
            .id(WorkshopSeriesId.of(UUID.randomUUID())).quote(QuoteId.of(UUID.randomUUID())).build()),
        r -> r.workshopSeries().save(WorkshopSeries.builder().from(series).version(0)
            .id(WorkshopSeriesId.of(UUID.randomUUID())).build()),
        // a quote that opened a series, saved again with an unknown client: the reference comes first
        r -> r.workshopSeries().save(WorkshopSeries.builder().from(series).version(0)
            .id(WorkshopSeriesId.of(UUID.randomUUID())).client(nowhere).build()),
        // invoices: unknown funder, agreement, subjects
        r -> r.invoices().save(Invoice.builder().from(draft).version(0).id(InvoiceId.of(UUID.randomUUID()))
            .funder(nowhere).build()),
        r -> r.invoices().save(Invoice.builder().from(draft).version(0).id(InvoiceId.of(UUID.randomUUID()))
            .agreement(new AgreementRef(AgreementId.of(UUID.randomUUID()), "X")).build()),
        r -> r.invoices().save(Invoice.builder().from(draft).version(0).id(InvoiceId.of(UUID.randomUUID()))
            .subject(BillingSubject.of(noAccompaniment)).build()),
        r -> r.invoices().save(Invoice.builder().from(draft).version(0).id(InvoiceId.of(UUID.randomUUID()))
            .subject(BillingSubject.of(WorkshopSeriesId.of(UUID.randomUUID()))).build()),
        // a number given to another invoice, to a credit note; a credit note with an invoice's number
        r -> r.invoices().save(Invoice.builder().from(issued).version(0).id(InvoiceId.of(UUID.randomUUID())).build()),
        r -> r.invoices().save(Invoice.builder().from(issued).version(0).id(InvoiceId.of(UUID.randomUUID()))
            .number(note.number()).issuedOn(note.issuedOn()).dueOn(note.issuedOn()).build()),
        r -> r.creditNotes().save(CreditNote.builder().from(note).version(0).id(CreditNoteId.of(UUID.randomUUID()))
            .number(issued.number().orElseThrow()).build()),
        // a taken number on a save that also dangles: the reference first; a free number on a duplicate id
        r -> r.invoices().save(Invoice.builder().from(issued).version(0).id(InvoiceId.of(UUID.randomUUID()))
            .funder(nowhere).build()),
        r -> r.invoices().save(Invoice.builder().from(issued).version(0).number(free).build()),
        r -> r.creditNotes().save(CreditNote.builder().from(note).version(0).id(CreditNoteId.of(UUID.randomUUID()))
            .invoice(InvoiceId.of(UUID.randomUUID())).number(free).build()),
        // a version 0 of a stored invoice (a duplicate), stale versions, a version that was never stored
        r -> r.invoices().save(draft.withVersion(draft.version() - 1)),
        r -> r.creditNotes().save(note.withVersion(note.version() + 1)),
        r -> r.fundingAgreements().save(agreement.withVersion(agreement.version() + 3)),
        r -> r.quotes().save(Quote.builder().from(accepted).id(QuoteId.of(UUID.randomUUID())).build()),
        r -> r.invoices().get(InvoiceId.of(UUID.randomUUID())),
        r -> r.invoiceNumberSequences().next(numbering, lastIssued.minusDays(1)));
    String dangling = "IntegrityViolationException " + ErrorCode.DANGLING_REFERENCE;
    String duplicate = "IntegrityViolationException " + ErrorCode.DUPLICATE_ID;
    String stale = "ConcurrentUpdateException " + ErrorCode.CONCURRENT_UPDATE;
    List<String> expected = List.of(dangling, dangling, dangling, dangling, dangling, duplicate, dangling,
        dangling, dangling, dangling, dangling, duplicate, duplicate, duplicate, dangling, duplicate, dangling,
        duplicate, stale, stale, stale, "NotFoundException " + ErrorCode.NOT_FOUND,
        "RuleViolationException " + ErrorCode.NON_CHRONOLOGICAL_NUMBERING);

    List<String> outcomes = refusals.stream().map(refusal -> Refusals.outcome(ledger.storage, refusal)).toList();

    assertThat(outcomes).containsExactlyElementsOf(expected).noneMatch(o -> o.startsWith("ok"));
    assertThat(ledger.storage.read((Repositories r) -> r.invoices().issuedBetween(Ledger.START, day.plusYears(2))))
        .isEqualTo(invoicesBefore);
    assertThat(ledger.storage.read((Repositories r) -> r.creditNotes().issuedBetween(Ledger.START, day.plusYears(2))))
        .isEqualTo(notesBefore);
    for (Invoice invoice : ledger.invoices) {
      assertThat(ledger.storage.read((Repositories r) -> r.invoices().get(invoice.id()))).isEqualTo(invoice);
    }
    assertThat(ledger.storage.read((Repositories r) -> r.invoiceNumberSequences().current(numbering)).orElseThrow()
        .lastIssuedOn()).isEqualTo(lastIssued);
  }

  /**
   * Contract (money refusals): a refused save leaves the transaction usable, and an invoice may change its number.
   */
  @Test
  @DisplayName("money refusals: a refused save leaves the transaction usable, and an invoice may change its number")
  default void a_refused_money_save_leaves_the_transaction_usable() {
    Ledger ledger = newLedger();
    Invoice issued = issued(ledger);
    CreditNote note = ledger.creditNotes.get(0);
    InvoiceNumber taken = issued.number().orElseThrow();
    InvoiceNumber other = new InvoiceNumber(taken.prefix(), taken.year(), 777);

    Invoice renumbered = ledger.storage.inTransaction((Repositories r) -> {
      assertThatThrownBy(() -> r.invoices().save(Invoice.builder().from(issued).version(0)
          .id(InvoiceId.of(UUID.randomUUID())).build()))
          .isInstanceOfSatisfying(IntegrityViolationException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
      Invoice current = r.invoices().get(issued.id());
      return r.invoices().save(Invoice.builder().from(current).number(other).build());
    });
    assertThat(renumbered.number()).contains(other);
    // the old number is free again, the new one is taken
    CreditNote reusing = ledger.storage.inTransaction((Repositories r) -> r.creditNotes().save(CreditNote.builder()
        .from(note).version(0).id(CreditNoteId.of(new UUID(1, 2))).number(issued.number().orElseThrow()).build()));
    assertThat(Refusals.outcome(ledger.storage, r -> r.creditNotes().save(CreditNote.builder().from(note).version(0)
        .id(CreditNoteId.of(new UUID(1, 3))).number(other).build())))
        .isEqualTo("IntegrityViolationException DUPLICATE_ID");
    assertThat(ledger.storage.read((Repositories r) -> r.invoices().findByNumber(other))).contains(renumbered);
    assertThat(ledger.storage.read((Repositories r) -> r.creditNotes().findByNumber(issued.number().orElseThrow())))
        .contains(reusing);
  }

  /** Contract (money refusals): a rolled-back take gives its number back, and a series stays chronological. */
  @Test
  @DisplayName("money refusals: a rolled-back take gives its number back, and a series stays chronological")
  default void a_rolled_back_take_gives_its_number_back() {
    Storage storage = newStorage();
    LocalDate day = LocalDate.of(2024, 3, 20);
    NumberSeries series = new NumberSeries("812345676", "F", 2024);
    IllegalStateException boom = new IllegalStateException("boom");

    assertThat(storage.read((Repositories r) -> r.invoiceNumberSequences().current(series))).isEmpty();
    assertThat(storage.inTransaction((Repositories r) -> r.invoiceNumberSequences().next(series, day))).isEqualTo(1);
    assertThatThrownBy(() -> storage.inTransaction((Repositories r) -> {
      assertThat(r.invoiceNumberSequences().next(series, day.plusDays(2))).isEqualTo(2);
      throw boom;
    })).isSameAs(boom);
    assertThat(storage.read((Repositories r) -> r.invoiceNumberSequences().current(series)))
        .contains(new SequencePosition(1, day));
    // an earlier date is refused, nothing is taken, and the transaction goes on
    long next = storage.inTransaction((Repositories r) -> {
      assertThatThrownBy(() -> r.invoiceNumberSequences().next(series, day.minusDays(1)))
          .isInstanceOfSatisfying(RuleViolationException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.NON_CHRONOLOGICAL_NUMBERING));
      r.invoiceNumberSequences().next(series, day);
      return r.invoiceNumberSequences().next(series, day.plusDays(1));
    });
    assertThat(next).isEqualTo(3);
    // another seller, prefix or year is another series
    assertThat(storage.inTransaction((Repositories r) -> r.invoiceNumberSequences().next(
        new NumberSeries("812345676", "F", 2025), day.minusDays(30)))).isEqualTo(1);
    assertThat(storage.inTransaction((Repositories r) -> r.invoiceNumberSequences().next(
        new NumberSeries("812345676", "AV", 2024), day.minusDays(30)))).isEqualTo(1);
    assertThat(storage.inTransaction((Repositories r) -> r.invoiceNumberSequences().next(
        new NumberSeries("'; DROP TABLE liens_household; --", "F", 2024), day.minusDays(30)))).isEqualTo(1);
    assertThatThrownBy(() -> storage.read((Repositories r) -> r.invoiceNumberSequences().next(series, day)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(storage.read((Repositories r) -> r.invoiceNumberSequences().current(series)))
        .contains(new SequencePosition(3, day.plusDays(1)));
  }
}
