package org.liens.storage.tck;

import java.util.Set;
import static org.liens.storage.tck.BadCall.c;
import static org.liens.storage.tck.BadCall.optional;
import static org.liens.storage.tck.BadCall.COORDINATOR;
import static org.liens.storage.tck.BadCall.count;
import static org.liens.storage.tck.BadCall.date;
import static org.liens.storage.tck.BadCall.id;
import static org.liens.storage.tck.BadCall.money;
import static org.liens.storage.tck.BadCall.text;
import static org.liens.storage.tck.BadInput.Slot.AMOUNT;
import static org.liens.storage.tck.BadInput.Slot.BIRTH_DATE;
import static org.liens.storage.tck.BadInput.Slot.COUNT;
import static org.liens.storage.tck.BadInput.Slot.DATE;
import static org.liens.storage.tck.BadInput.Slot.ID;
import static org.liens.storage.tck.BadInput.Slot.INSTANT;
import static org.liens.storage.tck.BadInput.Slot.LONG_TEXT;
import static org.liens.storage.tck.BadInput.Slot.NAME;
import static org.liens.storage.tck.BadInput.Slot.REQUIRED;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liens.access.Actor;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNoteId;
import org.liens.billing.InvoiceId;
import org.liens.catalog.OfferCode;
import org.liens.household.Child;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.shared.ErrorCode;
import org.liens.shared.PersonName;
import org.liens.workshop.QuoteId;
import org.liens.workshop.QuoteRequest;
import org.liens.workshop.SessionFrequency;
import org.liens.workshop.Travel;
import org.liens.workshop.WorkshopSeriesId;

/**
 * The catalogue of bad calls, money and privacy side: every public command of the agreements, workshops (quotes),
 * billing, privacy and audit services, each with one argument made invalid ({@link BadInput.Slot}). The targets
 * are the {@link Casebook}'s: its first agreement, its pending quote, its workshop series, its first (issued)
 * invoice.
 */
final class BadMoney {
  private BadMoney() {}

  private static AgreementTerms terms(Casebook b, String reference, LocalDate last, int places, Money price) {
    return new AgreementTerms(reference, AgreementPeriod.ofClosed(BadInput.TODAY, last),
        List.of(FunderShare.whole(b.departement.id())), List.of(AgreementLineTerms.negotiated(OfferCode.MIP, places,
            price)));
  }

  private static QuoteRequest quote(OrganisationId client, int children, int sessions, LocalDate validUntil) {
    return new QuoteRequest(client, children, sessions, Duration.ofHours(1), SessionFrequency.WEEKLY, Travel.none(),
        validUntil);
  }

  private static Child child(String given, LocalDate born) {
    return new Child(PersonName.of(given, "Martin"), born);
  }

  private static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);
  private static final Money PRICE = Money.ofCents(180_000);

  /** {@return the money and privacy commands of the catalogue} */
  static List<BadCall.Command> commands() {
    List<BadCall.Command> all = new ArrayList<>();
    // agreements
    all.add(c("agreements.conclude: reference", NAME, (b, v) -> b.liens.agreements().conclude(COORDINATOR,
        terms(b, text(v), DEC_31, 2, PRICE))));
    all.add(c("agreements.conclude: last day", DATE, (b, v) -> b.liens.agreements().conclude(COORDINATOR,
        terms(b, "CEJ-2024", date(v), 2, PRICE))));
    all.add(c("agreements.conclude: places", COUNT, (b, v) -> b.liens.agreements().conclude(COORDINATOR,
        terms(b, "CEJ-2024", DEC_31, count(v), PRICE))));
    all.add(c("agreements.conclude: unit price", AMOUNT, (b, v) -> b.liens.agreements().conclude(COORDINATOR,
        terms(b, "CEJ-2024", DEC_31, 2, money(v)))));
    all.add(c("agreements.conclude: funder", ID, (b, v) -> b.liens.agreements()
        .conclude(COORDINATOR, new AgreementTerms("CEJ-2024", AgreementPeriod.year(2024),
            List.of(FunderShare.whole(id(v, OrganisationId::of))), List.of(AgreementLineTerms.atTariff(OfferCode.MIP,
                2))))));
    all.add(c("agreements.get: id", ID, (b, v) -> b.liens.agreements().get(COORDINATOR, id(v, AgreementId::of))));
    all.add(c("agreements.withPlacesLeft: on", DATE, (b, v) -> b.liens.agreements().withPlacesLeft(COORDINATOR,
        OfferCode.MIP, date(v))));
    all.add(c("agreements.ofFunder: funder", REQUIRED, (b, v) -> b.liens.agreements().ofFunder(COORDINATOR,
        (OrganisationId) v)));
    all.add(c("agreements.releasePlace: id", ID, (b, v) -> b.liens.agreements().releasePlace(COORDINATOR,
        id(v, AgreementId::of), b.mipSucceeded.id())));
    // workshops
    all.add(c("workshops.propose: children", COUNT, (b, v) -> b.liens.workshops().propose(COORDINATOR,
        quote(b.school.id(), count(v), 6, DEC_31))));
    all.add(c("workshops.propose: sessions", COUNT, (b, v) -> b.liens.workshops().propose(COORDINATOR,
        quote(b.school.id(), 6, count(v), DEC_31))));
    all.add(c("workshops.propose: valid until", DATE, (b, v) -> b.liens.workshops().propose(COORDINATOR,
        quote(b.school.id(), 6, 6, date(v)))));
    all.add(c("workshops.propose: travel cost", AMOUNT, (b, v) -> b.liens.workshops().propose(COORDINATOR,
        quote(b.school.id(), 6, 6, DEC_31).withTravel(Travel.perTrip(2, money(v))))));
    all.add(c("workshops.propose: client", ID, (b, v) -> b.liens.workshops().propose(
        COORDINATOR, quote(id(v, OrganisationId::of), 6, 6, DEC_31))));
    all.add(c("workshops.accept: id", ID, (b, v) -> b.liens.workshops().accept(COORDINATOR, id(v, QuoteId::of))));
    all.add(c("workshops.decline: id", ID, (b, v) -> b.liens.workshops().decline(COORDINATOR, id(v, QuoteId::of))));
    all.add(c("workshops.enrol: series", ID, (b, v) -> b.liens.workshops().enrol(COORDINATOR,
        id(v, WorkshopSeriesId::of), child("Léo", LocalDate.of(2016, 2, 1)))));
    all.add(c("workshops.enrol: child's name", NAME, (b, v) -> b.liens.workshops().enrol(COORDINATOR,
        b.series.get(0).id(), child(text(v), LocalDate.of(2016, 2, 1)))));
    all.add(c("workshops.enrol: child's birth date", BIRTH_DATE, (b, v) -> b.liens.workshops().enrol(COORDINATOR,
        b.series.get(0).id(), child("Léo", date(v)))));
    all.add(c("workshops.enrol: group", COUNT, (b, v) -> b.liens.workshops().enrol(COORDINATOR,
        b.series.get(0).id(), child("Léo", LocalDate.of(2016, 2, 1)), count(v))));
    all.add(c("workshops.recordSession: group", COUNT, (b, v) -> b.liens.workshops().recordSession(COORDINATOR,
        b.series.get(0).id(), count(v), BadInput.TODAY, Set.of())));
    all.add(c("workshops.recordSession: date", DATE, (b, v) -> b.liens.workshops().recordSession(COORDINATOR,
        b.series.get(0).id(), 1, date(v), Set.of())));
    all.add(c("workshops.get: id", ID, (b, v) -> b.liens.workshops().get(COORDINATOR, id(v, QuoteId::of))));
    all.add(c("workshops.series: id", ID, (b, v) -> b.liens.workshops().series(COORDINATOR,
        id(v, WorkshopSeriesId::of))));
    all.add(c("workshops.ofClient: client", REQUIRED, (b, v) -> b.liens.workshops().ofClient(COORDINATOR,
        (OrganisationId) v)));
    // billing
    all.add(c("billing.prepare: accompaniment", ID, (b, v) -> b.liens.billing().prepare(COORDINATOR,
        id(v, AccompanimentId::of))));
    all.add(c("billing.prepare: series", ID, (b, v) -> b.liens.billing().prepare(COORDINATOR,
        id(v, WorkshopSeriesId::of))));
    all.add(c("billing.settle: accompaniment", ID, (b, v) -> b.liens.billing().settle(COORDINATOR,
        id(v, AccompanimentId::of), "Fin anticipée")));
    all.add(c("billing.issue: id", ID, (b, v) -> b.liens.billing().issue(COORDINATOR, id(v, InvoiceId::of))));
    all.add(c("billing.issueAll: subject", REQUIRED, (b, v) -> b.liens.billing().issueAll(COORDINATOR,
        (BillingSubject) v)));
    all.add(c("billing.discard: id", ID, (b, v) -> b.liens.billing().discard(COORDINATOR, id(v, InvoiceId::of))));
    all.add(c("billing.credit: amount", AMOUNT, (b, v) -> b.liens.billing().credit(COORDINATOR,
        b.invoices.get(0).id(), money(v), "Erreur")));
    all.add(c("billing.credit: reason", LONG_TEXT, (b, v) -> b.liens.billing().credit(COORDINATOR,
        b.invoices.get(0).id(), Money.ofCents(100), text(v))));
    all.add(c("billing.credit: id", ID, (b, v) -> b.liens.billing().credit(COORDINATOR, id(v, InvoiceId::of),
        Money.ofCents(100), "Erreur")));
    all.add(c("billing.creditInFull: reason", LONG_TEXT, (b, v) -> b.liens.billing().creditInFull(COORDINATOR,
        b.invoices.get(0).id(), text(v))));
    all.add(c("billing.get: id", ID, (b, v) -> b.liens.billing().get(COORDINATOR, id(v, InvoiceId::of))));
    all.add(c("billing.creditNote: id", ID, (b, v) -> b.liens.billing().creditNote(COORDINATOR,
        id(v, CreditNoteId::of))));
    all.add(c("billing.issuedBetween: from", DATE, (b, v) -> b.liens.billing().issuedBetween(COORDINATOR,
        date(v), BadInput.TODAY)));
    all.add(c("billing.creditNotesIssuedBetween: to", DATE, (b, v) -> b.liens.billing().creditNotesIssuedBetween(
        COORDINATOR, Casebook.START, date(v))));
    all.add(c("billing.ofAccompaniment: id", REQUIRED, (b, v) -> b.liens.billing().ofAccompaniment(COORDINATOR,
        (AccompanimentId) v)));
    all.add(c("billing.ofAgreement: id", REQUIRED, (b, v) -> b.liens.billing().ofAgreement(COORDINATOR,
        (AgreementId) v)));
    all.add(c("billing.creditNotesOf: id", REQUIRED, (b, v) -> b.liens.billing().creditNotesOf(COORDINATOR,
        (InvoiceId) v)));
    // privacy
    all.add(c("privacy.decide: household", ID, (b, v) -> b.liens.privacy().decide(COORDINATOR,
        id(v, HouseholdId::of), BadInput.TODAY)));
    all.add(c("privacy.decide: as of", DATE, (b, v) -> b.liens.privacy().decide(COORDINATOR, b.others.id(),
        date(v))));
    all.add(c("privacy.anonymiseExpired: as of", DATE, (b, v) -> b.liens.privacy().anonymiseExpired(
        Actor.system(), date(v))));
    all.add(c("privacy.erase: household", ID, (b, v) -> b.liens.privacy().erase(COORDINATOR,
        id(v, HouseholdId::of), BadInput.TODAY)));
    all.add(c("privacy.erase: as of", DATE, (b, v) -> b.liens.privacy().erase(COORDINATOR, b.others.id(),
        date(v))));
    all.add(c("privacy.export: household", ID, (b, v) -> b.liens.privacy().export(COORDINATOR,
        id(v, HouseholdId::of))));
    all.add(c("privacy.export: person", ID, (b, v) -> b.liens.privacy().export(COORDINATOR, b.parents.id(),
        id(v, PersonId::of))));
    // audit
    all.add(c("audit.ofHousehold: from", REQUIRED, (b, v) -> b.liens.audit().ofHousehold(COORDINATOR,
        b.parents.id(), (Instant) v, Instant.parse("2030-01-01T00:00:00Z"))));
    all.add(c("audit.ofPerson: to", REQUIRED, (b, v) -> b.liens.audit().ofPerson(COORDINATOR,
        b.parents.profile().parents().get(0).id(), Instant.parse("2020-01-01T00:00:00Z"), (Instant) v)));
    all.add(c("audit.ofActor: user id", NAME, (b, v) -> b.liens.audit().ofActor(COORDINATOR, text(v),
        Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"))));
    all.add(c("audit.purge: as of", INSTANT, (b, v) -> b.liens.audit().purge(Actor.system(), (Instant) v)));
    return all;
  }
}
