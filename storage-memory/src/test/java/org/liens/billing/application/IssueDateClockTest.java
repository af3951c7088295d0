package org.liens.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liens.accompaniment.Accompaniment;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.NumberSeries;
import org.liens.billing.SequencePosition;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.memory.MoneyWorld;
import org.liens.storage.tck.TestClock;
import org.liens.storage.tck.TickingClock;

/**
 * Issue 10, defect 1: "today" is read once, under the series lock, and that one date numbers and dates the document,
 * even when the clock moves between two reads across a day or a year.
 */
class IssueDateClockTest {

  /** A world on {@code day} whose clock ticks by a millisecond a read once armed. */
  record Ticking(MoneyWorld world, TickingClock clock) {
    static Ticking on(LocalDate day) {
      TestClock base = new TestClock(day);
      TickingClock ticking = new TickingClock(base);
      return new Ticking(new MoneyWorld(base, new InMemoryStorage(), b -> b.clock(ticking)), ticking);
    }

    /** The clock crosses midnight after {@code day}'s last instant, at its {@code readsBefore}-th read from now. */
    void crossMidnightAfter(LocalDate day, int readsBefore) {
      clock.tickFrom(LocalDateTime.of(day.plusDays(1), java.time.LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC)
          .minusMillis(readsBefore), Duration.ofMillis(1));
    }

    SequencePosition position(InvoiceNumber number) {
      return world.storage.read(r -> r.invoiceNumberSequences()
          .current(new NumberSeries(MoneyWorld.SELLER.identity().siren(), number.prefix(), number.year())))
          .orElseThrow();
    }
  }

  @ParameterizedTest(name = "an invoice issued while the clock leaves {0} (day changes at read {1})")
  @CsvSource({"2024-06-30, 1", "2024-06-30, 2", "2024-06-30, 3", "2024-06-30, 5",
      "2024-12-31, 1", "2024-12-31, 2", "2024-12-31, 3", "2024-12-31, 5"})
  void anInvoiceIsNumberedAndDatedWithOneReadingOfTheClock(LocalDate day, int readsBefore) {
    Ticking t = Ticking.on(day);
    Accompaniment a = t.world().started(OfferCode.MIP);
    Invoice draft = t.world().liens.billing().prepare(t.world().coordinator, a.id()).get(0);
    t.crossMidnightAfter(day, readsBefore);
    Invoice issued = t.world().liens.billing().issue(t.world().coordinator, draft.id());
    t.clock().stop();
    LocalDate on = issued.issuedOn().orElseThrow();
    InvoiceNumber number = issued.number().orElseThrow();
    assertThat(on).isIn(day, day.plusDays(1));
    assertThat(number.year()).isEqualTo(on.getYear());
    assertThat(number.sequence()).isEqualTo(1);
    assertThat(t.position(number)).isEqualTo(new SequencePosition(1, on));
    assertThat(issued.dueOn()).contains(on.plusDays(MoneyWorld.SELLER.paymentTermDays()));
  }

  @ParameterizedTest(name = "a credit note issued while the clock leaves {0} (day changes at read {1})")
  @CsvSource({"2024-06-30, 1", "2024-06-30, 2", "2024-06-30, 4", "2024-12-31, 1", "2024-12-31, 2", "2024-12-31, 4"})
  void aCreditNoteIsNumberedAndDatedWithOneReadingOfTheClock(LocalDate day, int readsBefore) {
    Ticking t = Ticking.on(day);
    Accompaniment a = t.world().started(OfferCode.MIP);
    Invoice draft = t.world().liens.billing().prepare(t.world().coordinator, a.id()).get(0);
    Invoice invoice = t.world().liens.billing().issue(t.world().coordinator, draft.id());
    t.crossMidnightAfter(day, readsBefore);
    CreditNote note = t.world().liens.billing().credit(t.world().coordinator, invoice.id(), Money.euros(100), "Erreur");
    t.clock().stop();
    assertThat(note.issuedOn()).isIn(day, day.plusDays(1));
    assertThat(note.number().year()).isEqualTo(note.issuedOn().getYear());
    assertThat(t.position(note.number())).isEqualTo(new SequencePosition(note.number().sequence(), note.issuedOn()));
    List<CreditNote> notes = t.world().liens.billing().creditNotesOf(t.world().coordinator, invoice.id());
    assertThat(notes).singleElement().extracting(CreditNote::issuedOn).isEqualTo(note.issuedOn());
  }
}
