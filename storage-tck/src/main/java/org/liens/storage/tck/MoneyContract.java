package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.storage.tck.Refusals.codeOf;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.AgreementId;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.AgreementRef;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.InvoiceStatus;
import org.liens.billing.NumberSeries;
import org.liens.billing.SequencePosition;
import org.liens.pricing.Money;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.storage.Storage;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteStatus;

/**
 * The money ports: agreements, quotes, workshop series, invoices, credit notes and gapless numbering read back
 * exactly, answer their queries exactly, refuse duplicates and dangling references, and never skip nor repeat a
 * number, even under eight concurrent writers or a rollback.
 */
public interface MoneyContract extends StorageFactory {

  /** Contract: every agreement, quote, series, invoice and credit note reads back equal. */
  @Test
  @DisplayName("money: every agreement, quote, series, invoice and credit note reads back equal")
  default void money_round_trip() {
    Ledger ledger = newLedger();
    assertThat(ledger.invoices.stream().map(Invoice::status).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(InvoiceStatus.class));
    assertThat(ledger.quotes.stream().map(Quote::status).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(QuoteStatus.class));
    assertThat(ledger.cofinanced.places()).hasSize(2);
    assertThat(ledger.cofinanced.charges()).isNotEmpty();
    ledger.storage.read(r -> {
      assertThat(r.fundingAgreements().find(ledger.cofinanced.id())).contains(ledger.cofinanced);
      assertThat(r.fundingAgreements().find(ledger.single.id())).contains(ledger.single);
      for (Accompaniment a : ledger.accompaniments) {
        Accompaniment stored = r.accompaniments().get(a.id());
        assertThat(stored.tariff()).as("frozen tariff").isEqualTo(a.tariff()).isPresent();
      }
      for (Invoice invoice : ledger.invoices) {
        assertThat(r.invoices().find(invoice.id())).contains(invoice);
      }
      for (CreditNote note : ledger.creditNotes) {
        assertThat(r.creditNotes().find(note.id())).contains(note);
      }
      for (Quote quote : ledger.quotes) {
        assertThat(r.quotes().find(quote.id())).contains(quote);
      }
      assertThat(r.workshopSeries().find(ledger.series.id())).contains(ledger.series);
      return null;
    });
  }

  /** Contract: today is read once under the series lock, even when the clock crosses 30 June or New Year mid-call. */
  @Test
  @DisplayName("money: today is read once under the series lock, even when the clock crosses 30 June or New Year mid-call")
  default void a_document_is_numbered_and_dated_with_one_reading_of_the_clock() {
    Ledger ledger = newLedger();
    TickingClock ticking = new TickingClock(ledger.clock);
    Liens host = Liens.builder().storage(ledger.storage).clock(ticking).seller(Ledger.SELLER).build();
    String siren = Ledger.SELLER.identity().siren();
    for (LocalDate day : List.of(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31))) {
      ledger.clock.set(day);
      Accompaniment mip = ledger.startedMip();
      Invoice draft = ledger.liens.billing().prepare(Ledger.COORDINATOR, mip.id()).get(0);
      ticking.tickFrom(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1), Duration.ofMillis(1));
      Invoice invoice = host.billing().issue(Ledger.COORDINATOR, draft.id());
      ticking.stop();
      LocalDate on = invoice.issuedOn().orElseThrow();
      InvoiceNumber number = invoice.number().orElseThrow();
      assertThat(number.year()).isEqualTo(on.getYear());
      Optional<SequencePosition> invoices =
          ledger.storage.read(r -> r.invoiceNumberSequences().current(new NumberSeries(siren, "F", number.year())));
      assertThat(invoices).contains(new SequencePosition(number.sequence(), on));
      ticking.tickFrom(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1), Duration.ofMillis(1));
      ledger.clock.set(day);
      CreditNote note = host.billing().credit(Ledger.COORDINATOR, invoice.id(), Money.euros(10), "Erreur");
      ticking.stop();
      assertThat(note.number().year()).isEqualTo(note.issuedOn().getYear());
      Optional<SequencePosition> notes =
          ledger.storage.read(
              r -> r.invoiceNumberSequences().current(new NumberSeries(siren, "AV", note.number().year())));
      assertThat(notes).contains(new SequencePosition(note.number().sequence(), note.issuedOn()));
    }
  }

  /** Contract: each series of numbers runs 1, 2, 3… per year, without gap, and the sequences say so. */
  @Test
  @DisplayName("money: each series of numbers runs 1, 2, 3… per year, without gap, and the sequences say so")
  default void numbers_are_gapless_per_series_and_year() {
    Ledger ledger = newLedger();
    List<InvoiceNumber> numbers = new ArrayList<>();
    ledger.invoices.forEach(i -> i.number().ifPresent(numbers::add));
    ledger.creditNotes.forEach(c -> numbers.add(c.number()));
    var bySeries = numbers.stream().collect(Collectors.groupingBy(n -> n.prefix() + "-" + n.year()));
    assertThat(bySeries).containsKeys("F-2023", "F-2024", "AV-2023");
    String siren = Ledger.SELLER.identity().siren();
    bySeries.forEach((series, list) -> {
      List<Long> sequences = list.stream().map(InvoiceNumber::sequence).sorted().toList();
      assertThat(sequences).as(series).isEqualTo(LongStream.rangeClosed(1, list.size()).boxed().toList());
      InvoiceNumber any = list.get(0);
      Optional<SequencePosition> position = ledger.storage.read(r ->
          r.invoiceNumberSequences().current(new NumberSeries(siren, any.prefix(), any.year())));
      assertThat(position.orElseThrow().last()).as(series).isEqualTo(list.size());
    });
    Optional<SequencePosition> untouched = ledger.storage.read(r ->
        r.invoiceNumberSequences().current(new NumberSeries(siren, "F", 2022)));
    assertThat(untouched).isEmpty();
  }

  /** Contract: every money query equals a brute-force filter over the ledger, in the promised order. */
  @Test
  @DisplayName("money: every money query equals a brute-force filter over the ledger, in the promised order")
  default void money_queries_match_brute_force() {
    Storage storage = newStorage();
    MoneyQueries.assertMatchBruteForce(storage, Ledger.on(storage));
  }

  /** {@return random sequences of invoices, credit notes and discards for {@link #money_queries_on_random_ledgers}} */
  @Provide
  default Arbitrary<List<Ledger.Move>> ledgerMoves() {
    Arbitrary<Integer> small = Arbitraries.integers().between(0, 40);
    return Combinators.combine(small, small, small, small, small).as(Ledger.Move::new).list().ofMinSize(4).ofMaxSize(14);
  }

  /**
   * Contract (jqwik): on random ledgers, every money query equals a brute-force filter over what was stored.
   *
   * @param moves what is billed, credited and discarded, in order
   */
  @Property(tries = 8)
  @Label("money: on random ledgers, every money query equals a brute-force filter over what was stored")
  default void money_queries_on_random_ledgers(@ForAll("ledgerMoves") List<Ledger.Move> moves) {
    Storage storage = newStorage();
    Ledger ledger = Ledger.partnersOn(storage);
    moves.forEach(ledger::play);
    ledger.refresh();
    MoneyQueries.assertMatchBruteForce(storage, ledger);
    Statistics.label("invoices").collect(ledger.invoices.size() >= 4 ? "4+" : String.valueOf(ledger.invoices.size()));
    Statistics.label("credit notes").collect(ledger.creditNotes.isEmpty() ? "none" : "some");
  }

  /** Contract: a number already given to an invoice or a credit note is a duplicate. */
  @Test
  @DisplayName("money: a number already given to an invoice or a credit note is a duplicate")
  default void a_number_belongs_to_one_document() {
    Ledger ledger = newLedger();
    Invoice issued = ledger.invoices.get(0);
    InvoiceNumber creditNumber = ledger.creditNotes.get(0).number();
    for (InvoiceNumber number : List.of(issued.number().orElseThrow(), creditNumber)) {
      Invoice duplicate = Invoice.builder().from(issued).id(InvoiceId.of(UUID.randomUUID())).version(0)
          .number(number).build();
      assertThat(codeOf(() -> ledger.storage.inTransaction(r -> r.invoices().save(duplicate))))
          .isEqualTo(ErrorCode.DUPLICATE_ID);
      Optional<Invoice> found = ledger.storage.read(r -> r.invoices().find(duplicate.id()));
      assertThat(found).isEmpty();
    }
    Optional<Invoice> byNumber = ledger.storage.read(r -> r.invoices().findByNumber(issued.number().orElseThrow()));
    assertThat(byNumber).contains(issued);
  }

  /** Contract: an invoice under an agreement that does not exist is a dangling reference. */
  @Test
  @DisplayName("money: an invoice under an agreement that does not exist is a dangling reference")
  default void an_invoice_needs_its_agreement() {
    Ledger ledger = newLedger();
    Invoice orphan = Invoice.builder().from(ledger.invoices.get(ledger.invoices.size() - 1))
        .id(InvoiceId.of(UUID.randomUUID())).version(0)
        .agreement(new AgreementRef(AgreementId.of(UUID.randomUUID()), "INCONNUE")).build();
    assertThat(codeOf(() -> ledger.storage.inTransaction(r -> r.invoices().save(orphan))))
        .isEqualTo(ErrorCode.DANGLING_REFERENCE);
    Optional<Invoice> found = ledger.storage.read(r -> r.invoices().find(orphan.id()));
    assertThat(found).isEmpty();
  }

  /** Contract: a stale agreement is never saved over a newer one. */
  @Test
  @DisplayName("money: a stale agreement is never saved over a newer one")
  default void a_stale_agreement_loses() {
    Ledger ledger = newLedger();
    FundingAgreement current = ledger.cofinanced;
    ledger.storage.inTransaction(r -> r.fundingAgreements().save(
        current.charge(UUID.randomUUID(), LocalDate.of(2023, 12, 1), Money.euros(1)).after()));
    assertThatThrownBy(() -> ledger.storage.inTransaction(r -> r.fundingAgreements().save(
        current.charge(UUID.randomUUID(), LocalDate.of(2023, 12, 1), Money.euros(2)).after())))
        .isInstanceOf(ConcurrentUpdateException.class);
    FundingAgreement stored = ledger.storage.read(r -> r.fundingAgreements().get(current.id()));
    assertThat(stored.version()).isEqualTo(current.version() + 1);
  }

  /** Contract: a number taken in a transaction that rolls back is given back. */
  @Test
  @DisplayName("money: a number taken in a transaction that rolls back is given back")
  default void a_rolled_back_number_is_given_back() {
    Ledger ledger = newLedger();
    NumberSeries series = new NumberSeries(Ledger.SELLER.identity().siren(), "F", 2024);
    long before = ledger.storage.read(r -> r.invoiceNumberSequences().current(series)).orElseThrow().last();
    assertThatThrownBy(() -> ledger.storage.inTransaction(r -> {
      r.invoiceNumberSequences().next(series, LocalDate.of(2024, 1, 8));
      throw new IllegalStateException("the printer jammed");
    })).isInstanceOf(IllegalStateException.class);
    Invoice pending = ledger.invoices.get(ledger.invoices.size() - 1);
    Invoice issued = ledger.liens.billing().issue(Ledger.COORDINATOR, pending.id());
    assertThat(issued.number()).contains(series.number(before + 1));
  }

  /** Runs {@code call} on 8 threads at once: exactly one is done, each other one is refused with {@code refusal}. */
  private static void onlyOneOfEight(java.util.concurrent.Callable<Object> call, ErrorCode refusal) throws Exception {
    List<String> outcomes = Together.run(8, thread -> {
      try {
        call.call();
        return "done";
      } catch (LiensException refused) {
        return refused.code().name();
      }
    });
    assertThat(outcomes).containsOnlyOnce("done").containsOnly("done", refusal.name());
  }

  /**
   * Contract: 8 writers preparing the same module at once bill it once, and all get that one draft.
   *
   * @throws Exception if a writer fails or the writers do not finish in time
   */
  @Test
  @DisplayName("money: 8 writers preparing the same module at once bill it once, and all get that one draft")
  default void concurrent_prepares_bill_a_module_once() throws Exception {
    Ledger ledger = newLedger();
    Accompaniment mip = ledger.startedMip();
    List<List<Invoice>> drafts = Together.run(8, thread -> ledger.liens.billing().prepare(Ledger.COORDINATOR, mip.id()));
    List<Invoice> stored = ledger.storage.read(r -> r.invoices().ofAccompaniment(mip.id()));
    assertThat(stored).hasSize(1);
    assertThat(drafts).containsOnly(stored); // preparing again returns the pending draft (safe retries)
  }

  /**
   * Contract: 8 writers crediting one invoice at once never credit more than its total.
   *
   * @throws Exception if a writer fails or the writers do not finish in time
   */
  @Test
  @DisplayName("money: 8 writers crediting one invoice at once never credit more than its total")
  default void concurrent_credits_never_exceed_the_invoice() throws Exception {
    Ledger ledger = newLedger();
    Invoice draft = ledger.liens.billing().prepare(Ledger.COORDINATOR, ledger.startedMip().id()).get(0);
    Invoice invoice = ledger.liens.billing().issue(Ledger.COORDINATOR, draft.id());
    Money moreThanHalf = Money.ofCents(invoice.total().cents() * 2 / 3);
    onlyOneOfEight(() -> ledger.liens.billing().credit(Ledger.COORDINATOR, invoice.id(), moreThanHalf, "Correction"),
        ErrorCode.CREDIT_EXCEEDS_INVOICE);
    assertThat(ledger.storage.<List<CreditNote>>read(r -> r.creditNotes().ofInvoice(invoice.id()))).hasSize(1);
  }

  /**
   * Contract: 8 writers issuing invoices at once get numbers 1..N, none twice, none skipped.
   *
   * @throws Exception if a writer fails or the writers do not finish in time
   */
  @Test
  @DisplayName("money: 8 writers issuing invoices at once get numbers 1..N, none twice, none skipped")
  default void concurrent_issues_are_gapless() throws Exception {
    Ledger ledger = newLedger();
    ledger.clock.set(LocalDate.of(2024, 2, 1));
    int writers = 8;
    int perWriter = 3;
    List<List<InvoiceId>> drafts = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      List<InvoiceId> mine = new ArrayList<>();
      for (int i = 0; i < perWriter; i++) {
        mine.add(ledger.liens.billing().prepare(Ledger.COORDINATOR, ledger.startedMip().id()).get(0).id());
      }
      drafts.add(mine);
    }
    NumberSeries series = new NumberSeries(Ledger.SELLER.identity().siren(), "F", 2024);
    long before = ledger.storage.read(r -> r.invoiceNumberSequences().current(series)).orElseThrow().last();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<InvoiceNumber>>> futures = new ArrayList<>();
      for (List<InvoiceId> mine : drafts) {
        futures.add(pool.submit(() -> {
          start.await();
          List<InvoiceNumber> numbers = new ArrayList<>();
          for (InvoiceId id : mine) {
            while (true) {
              try {
                numbers.add(ledger.liens.billing().issue(Ledger.COORDINATOR, id).number().orElseThrow());
                break;
              } catch (ConcurrentUpdateException conflict) {
                // someone else moved first: take the next number
              }
            }
          }
          return numbers;
        }));
      }
      start.countDown();
      List<Long> sequences = new ArrayList<>();
      for (Future<List<InvoiceNumber>> future : futures) {
        future.get(2, TimeUnit.MINUTES).forEach(n -> sequences.add(n.sequence()));
      }
      assertThat(sequences.stream().sorted().toList())
          .isEqualTo(LongStream.rangeClosed(before + 1, before + writers * perWriter).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
    List<Invoice> issued = ledger.storage.read(
        r -> r.invoices().issuedBetween(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1)));
    assertThat(issued).hasSize(writers * perWriter);
  }
}
