package org.liens.storage.tck;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.NumberSeries;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.household.Household;
import org.liens.organisation.Organisation;
import org.liens.referral.Referral;
import org.liens.staff.StaffId;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;
import org.liens.workshop.Quote;
import org.liens.workshop.WorkshopSeries;

/** Everything a storage holds about a casebook, read through the ports: aggregates, query answers, events. */
public final class Snapshot {
  /** The casebook's households as stored, in the casebook's order. */
  public List<Household> households;
  /** Every organisation, as {@code all()} lists them. */
  public List<Organisation> organisations;
  /** The referrals of each household, household by household. */
  public List<Referral> referrals;
  /** The accompaniments of each household, household by household. */
  public List<Accompaniment> accompaniments;
  /** The casebook's funding agreements as stored, in its order. */
  public List<FundingAgreement> agreements;
  /** The casebook's quotes as stored, in its order. */
  public List<Quote> quotes;
  /** The casebook's workshop series as stored, in its order. */
  public List<WorkshopSeries> series;
  /** The casebook's invoices as stored, in its order. */
  public List<Invoice> invoices;
  /** The casebook's credit notes as stored, in its order. */
  public List<CreditNote> creditNotes;
  /** The answer of each query of the ports, under a label naming the query and its argument. */
  public final java.util.Map<String, List<?>> queries = new java.util.LinkedHashMap<>();
  /** The events pending in the outbox, in order. */
  public List<DomainEvent> events;

  /**
   * Reads everything {@code storage} holds about {@code book}.
   *
   * @param storage the storage the casebook was written to
   * @param book the casebook
   * @return what the storage answers
   */
  public static Snapshot of(Storage storage, Casebook book) {
    return storage.read((Repositories r) -> {
      Snapshot s = new Snapshot();
      s.households = book.households().stream().map(h -> r.households().get(h.id())).toList();
      s.organisations = r.organisations().all();
      s.referrals = book.households().stream().flatMap(h -> r.referrals().ofHousehold(h.id()).stream()).toList();
      s.accompaniments = book.households().stream()
          .flatMap(h -> r.accompaniments().ofHousehold(h.id()).stream()).toList();
      for (Accompaniment a : s.accompaniments) {
        s.queries.put("find " + a.id(), List.of(r.accompaniments().get(a.id())));
        s.queries.put("contactsOf " + a.id(), r.accompaniments().contactsOf(a.id()));
      }
      for (Referral referral : s.referrals) {
        s.queries.put("find " + referral.id(), List.of(r.referrals().get(referral.id())));
      }
      s.queries.put("open", r.accompaniments().open());
      for (Organisation o : s.organisations) {
        s.queries.put("prescriber " + o.id(), r.accompaniments().openOfPrescriber(o.id()));
        s.queries.put("funder " + o.id(), r.accompaniments().openOfFunder(o.id()));
      }
      for (StaffId e : book.educators) {
        s.queries.put("educator " + e, r.accompaniments().openOfEducator(e));
      }
      LocalDate from = Casebook.START;
      for (int days = 0; days < 400; days += 50) {
        s.queries.put("ending " + days, r.accompaniments().endingBetween(from.plusDays(days), from.plusDays(days + 200)));
      }
      s.queries.put("ending backwards", r.accompaniments().endingBetween(from.plusDays(300), from));
      s.queries.put("contactsOf nothing", r.accompaniments().contactsOf(AccompanimentId.of(UUID.randomUUID())));
      money(r, book, s);
      s.events = r.outbox().pending(10_000);
      return s;
    });
  }

  /** The money aggregates and every money query, over the casebook's ids and dates. */
  private static void money(Repositories r, Casebook book, Snapshot s) {
    s.agreements = book.agreements.stream().map(a -> r.fundingAgreements().get(a.id())).toList();
    s.quotes = book.quotes.stream().map(q -> r.quotes().get(q.id())).toList();
    s.series = book.series.stream().map(w -> r.workshopSeries().get(w.id())).toList();
    s.invoices = book.invoices.stream().map(i -> r.invoices().get(i.id())).toList();
    s.creditNotes = book.creditNotes.stream().map(c -> r.creditNotes().get(c.id())).toList();
    for (OfferCode offer : List.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA, OfferCode.ARCS)) {
      for (LocalDate on : List.of(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1), Casebook.START,
          LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31), LocalDate.of(2024, 9, 1))) {
        s.queries.put("places left " + offer + " " + on, r.fundingAgreements().withPlacesLeft(offer, on));
      }
    }
    for (Organisation o : s.organisations) {
      s.queries.put("agreements of " + o.id(), r.fundingAgreements().ofFunder(o.id()));
      s.queries.put("quotes of " + o.id(), r.quotes().ofClient(o.id()));
    }
    for (Quote q : s.quotes) {
      s.queries.put("series of " + q.id(), r.workshopSeries().ofQuote(q.id()).stream().toList());
    }
    for (Accompaniment a : s.accompaniments) {
      s.queries.put("invoices of " + a.id(), r.invoices().ofAccompaniment(a.id()));
    }
    for (WorkshopSeries w : s.series) {
      s.queries.put("invoices of " + w.id(), r.invoices().ofWorkshopSeries(w.id()));
    }
    for (FundingAgreement a : s.agreements) {
      s.queries.put("invoices of " + a.id(), r.invoices().ofAgreement(a.id()));
    }
    for (Invoice i : s.invoices) {
      i.number().ifPresent(n -> s.queries.put("invoice " + n, r.invoices().findByNumber(n).stream().toList()));
      s.queries.put("credit notes of " + i.id(), r.creditNotes().ofInvoice(i.id()));
    }
    for (CreditNote c : s.creditNotes) {
      s.queries.put("credit note " + c.number(), r.creditNotes().findByNumber(c.number()).stream().toList());
      s.queries.put("invoice with number " + c.number(), r.invoices().findByNumber(c.number()).stream().toList());
    }
    s.queries.put("invoice F-2024-99999", r.invoices().findByNumber(InvoiceNumber.parse("F-2024-99999")).stream().toList());
    LocalDate billing = Casebook.BILLING;
    for (int days = -1; days < 15; days += 3) {
      s.queries.put("invoices issued " + days, r.invoices().issuedBetween(billing.plusDays(days), billing.plusDays(days + 3)));
      s.queries.put("credit notes issued " + days,
          r.creditNotes().issuedBetween(billing.plusDays(days), billing.plusDays(days + 3)));
    }
    s.queries.put("invoices issued ever", r.invoices().issuedBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
    s.queries.put("invoices issued backwards", r.invoices().issuedBetween(billing.plusDays(5), billing));
    s.queries.put("credit notes issued ever",
        r.creditNotes().issuedBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
    for (NumberSeries series : book.numberSeries()) {
      s.queries.put("position " + series, r.invoiceNumberSequences().current(series).stream().toList());
    }
  }
}
