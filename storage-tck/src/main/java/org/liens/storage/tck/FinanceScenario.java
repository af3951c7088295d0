package org.liens.storage.tck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.catalog.OfferCode;
import org.liens.figures.AgreementFact;
import org.liens.figures.MoneyFact;
import org.liens.figures.PlaceFact;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.shared.LiensException;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;
import org.liens.storage.tck.FigureReference.Recorded;

/**
 * The money side of the figures' random casework (issue 12): an agreement with places for the first funder, invoices
 * issued, credit notes, places released; after each step it reads back the documents and the agreement and logs their
 * facts in recorded time, from which {@link FinanceReference} computes the money and place figures.
 */
final class FinanceScenario {
  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2030, 12, 31);
  final List<Recorded<MoneyFact>> money = new ArrayList<>();
  final List<Recorded<AgreementFact>> agreements = new ArrayList<>();
  final List<Recorded<PlaceFact>> places = new ArrayList<>();
  final FundingAgreement agreement;
  private final Liens liens;
  private final Storage storage;
  private final Random random;
  private final List<InvoiceId> issued = new ArrayList<>();
  private final Map<UUID, Boolean> logged = new HashMap<>();
  private final Map<Object, PlaceFact> lastPlace = new HashMap<>();

  FinanceScenario(Liens liens, Storage storage, Random random, List<OrganisationId> funders) {
    this.liens = liens;
    this.storage = storage;
    this.random = random;
    this.agreement = liens.agreements().conclude(World.COORDINATOR, new AgreementTerms("CONV-2023", AgreementPeriod
        .year(2023), List.of(FunderShare.whole(funders.get(0))), List.of(AgreementLineTerms.atTariff(OfferCode.MIP, 4),
        AgreementLineTerms.atTariff(OfferCode.MAPA, 3))));
  }

  /** Bills a started accompaniment, credits an issued invoice or gives a place back, at random. */
  void step(Accompaniment a) {
    int dice = random.nextInt(4);
    if (dice < 2 && a.period().isPresent()) {
      attempt(() -> liens.billing().prepare(World.COORDINATOR, a.id()));
      attempt(() -> liens.billing().issueAll(World.COORDINATOR, BillingSubject.of(a.id()))
          .forEach(i -> issued.add(i.id())));
    } else if (dice == 2 && !issued.isEmpty()) {
      InvoiceId invoice = issued.get(random.nextInt(issued.size()));
      attempt(() -> liens.billing().credit(World.COORDINATOR, invoice, Money.euros(1 + random.nextInt(900)), "Geste"));
    } else if (a.agreement().isPresent()) {
      attempt(() -> liens.agreements().releasePlace(World.COORDINATOR, a.agreement().get(), a.id()));
    }
  }

  /** {@return an invoice issued now for an accompaniment of the scenario started for the purpose} */
  Invoice issueOne(FigureScenario s) {
    Accompaniment a = s.startedNow();
    liens.billing().prepare(World.COORDINATOR, a.id());
    Invoice invoice = liens.billing().issueAll(World.COORDINATOR, BillingSubject.of(a.id())).get(0);
    issued.add(invoice.id());
    s.log();
    return invoice;
  }

  /** {@return the offer an invoice bills} */
  OfferCode offerOf(Invoice invoice) {
    return invoice.lines().get(0).offer();
  }

  /** Logs the facts of the documents issued and the places changed since the last call, recorded {@code now}. */
  void log(Repositories r, Instant now) {
    if (agreements.isEmpty()) {
      agreements.add(new Recorded<>(AgreementFact.of(r.fundingAgreements().get(agreement.id())), now));
    }
    for (Invoice invoice : r.invoices().issuedBetween(FIRST, LAST)) {
      if (logged.put(invoice.id().value(), true) == null) {
        Optional<Accompaniment> billed = billed(r, invoice);
        (billed.isPresent() ? MoneyFact.of(invoice, billed.get()) : MoneyFact.of(invoice))
            .forEach(f -> money.add(new Recorded<>(f, now)));
      }
    }
    for (CreditNote note : r.creditNotes().issuedBetween(FIRST, LAST)) {
      if (logged.put(note.id().value(), true) == null) {
        Invoice invoice = r.invoices().get(note.invoice());
        Optional<Accompaniment> billed = billed(r, invoice);
        (billed.isPresent() ? MoneyFact.of(note, invoice, billed.get()) : MoneyFact.of(note, invoice))
            .forEach(f -> money.add(new Recorded<>(f, now)));
      }
    }
    FundingAgreement now2 = r.fundingAgreements().get(agreement.id());
    now2.places().forEach(p -> {
      PlaceFact fact = PlaceFact.of(now2, p);
      PlaceFact before = lastPlace.get(p.accompaniment());
      if (before == null || !before.takenOn().equals(fact.takenOn()) || !before.releasedOn().equals(fact.releasedOn())) {
        lastPlace.put(p.accompaniment(), fact);
        places.add(new Recorded<>(fact, now));
      }
    });
  }

  private static Optional<Accompaniment> billed(Repositories r, Invoice invoice) {
    return invoice.subject() instanceof BillingSubject.OfAccompaniment a
        ? r.accompaniments().find(a.accompaniment()) : Optional.empty();
  }

  private static void attempt(Runnable call) {
    try {
      call.run();
    } catch (LiensException refused) {
      // a refusal changes nothing: the log sees no new fact
    }
  }
}
