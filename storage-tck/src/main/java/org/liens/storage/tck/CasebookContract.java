package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.ContactKind;
import org.liens.billing.BillingSubject;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceStatus;
import org.liens.referral.Referral;
import org.liens.referral.ReferralStatus;
import org.liens.storage.Storage;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteStatus;

/**
 * Every adapter reads back exactly what it was given: a whole {@link Casebook}, compared through every port
 * ({@link Snapshot}) with a reference adapter fed the same casebook.
 */
public interface CasebookContract extends StorageFactory {
  /** The casebook's seed. */
  long SEED = 20230901L;

  /**
   * {@return the adapter whose reading is the reference, empty} It is read before {@link #newStorage()} is called
   * again. By default one more storage of the adapter under test, which must then read back a second write of the
   * same casebook exactly as the first; an adapter that can compare itself with another (the JDBC adapter with the
   * in-memory one) returns that one.
   */
  default Storage referenceStorage() {
    return newStorage();
  }

  /**
   * Contract (round trip): a whole casebook, written through the services, reads back through every port exactly
   * as the reference adapter holds it, and it covers every status, contact kind, document and money aggregate.
   */
  @Test
  @DisplayName("round trip: every aggregate and query answer of a casebook reads back as the reference adapter holds it")
  default void every_aggregate_of_a_casebook_reads_back_as_the_reference_holds_it() {
    Storage reference = referenceStorage();
    Casebook expected = Casebook.write(reference, SEED);
    Snapshot fromReference = Snapshot.of(reference, expected);
    Storage storage = newStorage();
    Casebook.write(storage, SEED);
    Snapshot readBack = Snapshot.of(storage, expected);

    assertThat(readBack.households).isEqualTo(fromReference.households);
    assertThat(readBack.organisations).isEqualTo(fromReference.organisations);
    assertThat(readBack.referrals).isEqualTo(fromReference.referrals);
    assertThat(readBack.accompaniments).isEqualTo(fromReference.accompaniments);
    assertThat(readBack.agreements).isEqualTo(fromReference.agreements);
    assertThat(readBack.quotes).isEqualTo(fromReference.quotes);
    assertThat(readBack.series).isEqualTo(fromReference.series);
    assertThat(readBack.invoices).isEqualTo(fromReference.invoices);
    assertThat(readBack.creditNotes).isEqualTo(fromReference.creditNotes);
    assertThat(readBack.queries).isEqualTo(fromReference.queries);
    assertThat(readBack.events).isEqualTo(fromReference.events);
    // the casebook covers every status, every kind of contact, every document and the succession
    assertThat(readBack.referrals).extracting(Referral::status).containsAll(EnumSet.allOf(ReferralStatus.class));
    assertThat(readBack.referrals).anyMatch(r -> r.agreement().isPresent() && r.succeeds().isEmpty())
        .anyMatch(r -> r.succeeds().isPresent()).anyMatch(r -> r.source().fieldWorker().isPresent());
    assertThat(readBack.accompaniments).extracting(Accompaniment::status)
        .containsAll(EnumSet.allOf(AccompanimentStatus.class));
    assertThat(readBack.accompaniments).flatExtracting(Accompaniment::contacts).extracting(Contact::kind)
        .containsAll(EnumSet.allOf(ContactKind.class));
    assertThat(readBack.accompaniments)
        .anyMatch(a -> a.supportPlan().isPresent() && a.emtMap().isPresent())
        .anyMatch(a -> a.actionReport().isPresent())
        .anyMatch(a -> a.plannedVisits().stream().anyMatch(v -> v.done()))
        .anyMatch(a -> a.predecessor().isPresent())
        .anyMatch(a -> a.successor().isPresent())
        .anyMatch(a -> a.period().isPresent() && a.period().get().endExclusive().isEmpty())
        .anyMatch(a -> a.tariff().isPresent())
        .anyMatch(a -> a.agreement().isPresent());
    // and the money side: every status, co-financing, waitlist and released place, taxed lines, credit notes
    assertThat(readBack.invoices).extracting(Invoice::status).containsAll(EnumSet.allOf(InvoiceStatus.class));
    assertThat(readBack.quotes).extracting(Quote::status).containsAll(EnumSet.allOf(QuoteStatus.class));
    assertThat(readBack.agreements).anyMatch(a -> a.funders().size() == 3)
        .anyMatch(a -> !a.waitlist().isEmpty() && a.places().stream().anyMatch(p -> !p.held()));
    assertThat(readBack.invoices).anyMatch(i -> i.totalVat().isPositive()).anyMatch(i -> i.agreement().isPresent())
        .anyMatch(i -> i.subject() instanceof BillingSubject.OfWorkshopSeries);
    assertThat(readBack.creditNotes).anyMatch(c -> c.agreement().isPresent()).anyMatch(c -> c.agreement().isEmpty());
    assertThat(readBack.series).allMatch(w -> !w.participants().isEmpty() && !w.sessions().isEmpty());
    assertThat(readBack.queries.get("position " + expected.numberSeries().get(0))).isNotEmpty();
    assertThat(readBack.queries.get("position " + expected.numberSeries().get(1))).isNotEmpty();
  }
}
