package org.liens.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.agreement.FundingAgreement;
import org.liens.agreement.FundingAgreementConcluded;
import org.liens.agreement.Place;
import org.liens.agreement.PlaceReleased;
import org.liens.agreement.PlaceTaken;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteIssued;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceIssued;
import org.liens.event.DomainEvent;
import org.liens.figures.AgreementFact;
import org.liens.figures.MoneyFact;
import org.liens.figures.PlaceFact;
import org.liens.shared.Aggregate;
import org.liens.shared.EntityId;
import org.liens.storage.Repositories;

/**
 * Writes the money and place facts of a unit of work (issue 12), in its transaction, from its events: an invoice or a
 * credit note issued, an agreement concluded, a place taken or released. The documents and agreements are read as the
 * unit saved them.
 */
final class FinanceProjection {
  private FinanceProjection() {}

  static void record(Repositories repositories, List<Aggregate> changed, List<DomainEvent> events, Instant now) {
    List<MoneyFact> money = new ArrayList<>();
    List<AgreementFact> agreements = new ArrayList<>();
    Map<List<Object>, PlaceFact> places = new LinkedHashMap<>();
    for (DomainEvent event : events) {
      Object payload = event.payload();
      if (payload instanceof InvoiceIssued issued) {
        Invoice invoice = saved(changed, Invoice.class, issued.invoice())
            .orElseGet(() -> repositories.invoices().get(issued.invoice()));
        Optional<Accompaniment> billed = billed(repositories, invoice.subject());
        money.addAll(billed.isPresent() ? MoneyFact.of(invoice, billed.get()) : MoneyFact.of(invoice));
      } else if (payload instanceof CreditNoteIssued issued) {
        CreditNote note = saved(changed, CreditNote.class, issued.creditNote())
            .orElseGet(() -> repositories.creditNotes().get(issued.creditNote()));
        Invoice invoice = repositories.invoices().get(note.invoice());
        Optional<Accompaniment> billed = billed(repositories, invoice.subject());
        money.addAll(billed.isPresent() ? MoneyFact.of(note, invoice, billed.get()) : MoneyFact.of(note, invoice));
      } else if (payload instanceof FundingAgreementConcluded concluded) {
        agreements.add(AgreementFact.of(agreement(repositories, changed, concluded.agreement())));
      } else if (payload instanceof PlaceTaken taken) {
        place(repositories, changed, taken.agreement(), taken.accompaniment(), places);
      } else if (payload instanceof PlaceReleased released && !released.wasWaitlisted()) {
        place(repositories, changed, released.agreement(), released.accompaniment(), places);
      }
    }
    if (!money.isEmpty() || !agreements.isEmpty() || !places.isEmpty()) {
      repositories.figureFacts().recordFinance(money, agreements, List.copyOf(places.values()), now);
    }
  }

  private static void place(Repositories repositories, List<Aggregate> changed, AgreementId id,
      AccompanimentId accompaniment, Map<List<Object>, PlaceFact> places) {
    FundingAgreement agreement = agreement(repositories, changed, id);
    Place place = agreement.places().stream().filter(p -> p.accompaniment().equals(accompaniment))
        .reduce((a, b) -> b).orElseThrow();
    places.put(List.of(id, accompaniment), PlaceFact.of(agreement, place));
  }

  private static FundingAgreement agreement(Repositories repositories, List<Aggregate> changed, AgreementId id) {
    return saved(changed, FundingAgreement.class, id).orElseGet(() -> repositories.fundingAgreements().get(id));
  }

  private static Optional<Accompaniment> billed(Repositories repositories, BillingSubject subject) {
    return subject instanceof BillingSubject.OfAccompaniment a
        ? repositories.accompaniments().find(a.accompaniment()) : Optional.empty();
  }

  private static <A extends Aggregate> Optional<A> saved(List<Aggregate> changed, Class<A> type, EntityId id) {
    A found = null;
    for (Aggregate aggregate : changed) {
      if (type.isInstance(aggregate) && aggregate.id().equals(id)) {
        found = type.cast(aggregate);
      }
    }
    return Optional.ofNullable(found);
  }
}
