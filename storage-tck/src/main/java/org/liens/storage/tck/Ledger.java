package org.liens.storage.tck;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.accompaniment.Accompaniment;
import org.liens.staff.StaffId;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.billing.Seller;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.household.Caregiver;
import org.liens.household.CaredForPerson;
import org.liens.household.Child;
import org.liens.household.Condition;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.pricing.Money;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.storage.Storage;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteRequest;
import org.liens.workshop.Travel;
import org.liens.workshop.WorkshopSeries;

/**
 * The money side of an organisation over a year, built through the services on the storage under test: a
 * co-financed agreement (seed 003) and a single-funder one, modules invoiced per funder, a discarded draft, partial
 * and full credit notes, individual ARCS sessions, a group-workshop quote accepted, one declined and one pending,
 * and a turn of the year that restarts the numbering.
 */
public final class Ledger {
  /** The day the ledger starts (a Monday of September 2023). */
  public static final LocalDate START = LocalDate.of(2023, 9, 4);
  /** The coordinator who acts throughout. */
  public static final Actor COORDINATOR = World.COORDINATOR;
  /** The organisation that issues the invoices. */
  public static final Seller SELLER = Seller.of("Au bonheur des liens", PostalAddress.of("1 place aux Herbes",
          "30700", "Uzès"), "812345676")
      .withVatExemptionMention("Mention d'exonération de TVA choisie par le comptable")
      .withLegalMentions(List.of("Pénalités de retard : taux configuré", "Indemnité forfaitaire de recouvrement"));

  /** The clock the ledger's {@link Liens} reads; moves move it. */
  public final TestClock clock = new TestClock(START);
  /** Every domain event delivered to the ledger's listener, in order. */
  public final List<DomainEvent> events = new ArrayList<>();
  /** The storage under test, as given to {@link #on}. */
  public final Storage storage;
  /** The library, on the storage under test. */
  public final Liens liens;
  /** The educator of every accompaniment. */
  public final StaffId educator = StaffId.of(new UUID(6, 1));

  /** A département, sole funder of {@link #single}. */
  public Organisation departement;
  /** A CAF, co-funder of {@link #cofinanced}. */
  public Organisation caf;
  /** An MSA, co-funder of {@link #cofinanced}. */
  public Organisation msa;
  /** A community of communes, co-funder of {@link #cofinanced}. */
  public Organisation figeac;
  /** A school that orders group workshops (R9). */
  public Organisation school;
  /** An agreement co-financed by several funders (R10). */
  public FundingAgreement cofinanced;
  /** An agreement with a single funder (R10). */
  public FundingAgreement single;
  /** The accompaniments, as last read. */
  public final List<Accompaniment> accompaniments = new ArrayList<>();
  /** The invoices, as last read. */
  public final List<Invoice> invoices = new ArrayList<>();
  /** The credit notes, as last read. */
  public final List<CreditNote> creditNotes = new ArrayList<>();
  /** The quotes, as last read. */
  public final List<Quote> quotes = new ArrayList<>();
  /** The workshop series opened from an accepted quote. */
  public WorkshopSeries series;
  private int families;

  private Ledger(Storage storage) {
    this.storage = storage;
    this.liens = Liens.builder().storage(storage).clock(clock).seller(SELLER).listener(events::add).build();
  }

  /**
   * Builds the ledger on {@code storage}, which must be empty.
   *
   * @param storage an empty storage under test
   * @return the ledger, every document written and read back
   */
  public static Ledger on(Storage storage) {
    Ledger ledger = new Ledger(storage);
    ledger.registerPartners();
    ledger.build();
    ledger.refresh();
    return ledger;
  }

  /**
   * {@return the partners and the two agreements only, for {@link #play}; {@code storage} must be empty}
   *
   * @param storage an empty storage under test
   */
  public static Ledger partnersOn(Storage storage) {
    Ledger ledger = new Ledger(storage);
    ledger.registerPartners();
    return ledger;
  }

  /** One random step of a ledger's life, for properties. */
  public record Move(int kind, int offer, int agreement, int outcome, int days) {}

  /**
   * Plays one step: a new accompaniment billed (its drafts issued, discarded or kept), a credit note on an issued
   * invoice, or time passing. A step the rules refuse (no place left, nothing to bill…) changes nothing.
   *
   * @param move the step, drawn by jqwik
   */
  public void play(Move move) {
    try {
      switch (move.kind() % 4) {
        case 0, 1 -> startAndBill(move);
        case 2 -> creditSome(move);
        default -> clock.advanceDays(1 + move.days() % 40);
      }
    } catch (org.liens.shared.LiensException refused) {
      // a refused step stores nothing; the queries are checked against what was stored
    }
  }

  private void startAndBill(Move move) {
    OfferCode offer = List.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA).get(move.offer() % 3);
    Optional<FundingAgreement> agreement = move.agreement() % 2 == 0 ? Optional.empty()
        : Optional.of(offer.equals(OfferCode.MAPA) ? single : cofinanced);
    Accompaniment accompaniment = started(offer, agreement);
    for (Invoice draft : liens.billing().prepare(COORDINATOR, accompaniment.id())) {
      invoices.add(switch (move.outcome() % 3) {
        case 0 -> liens.billing().issue(COORDINATOR, draft.id());
        case 1 -> liens.billing().discard(COORDINATOR, draft.id());
        default -> draft;
      });
    }
  }

  private void creditSome(Move move) {
    List<Invoice> issued = invoices.stream().filter(i -> i.number().isPresent()).toList();
    if (!issued.isEmpty()) {
      Invoice invoice = issued.get(move.offer() % issued.size());
      creditNotes.add(liens.billing().credit(COORDINATOR, invoice.id(), Money.ofCents(100L * (1 + move.days())),
          "Correction"));
    }
  }

  /** Reads back every agreement, invoice and accompaniment, as stored now. */
  public void refresh() {
    cofinanced = liens.agreements().get(COORDINATOR, cofinanced.id());
    single = liens.agreements().get(COORDINATOR, single.id());
    invoices.replaceAll(i -> liens.billing().get(COORDINATOR, i.id()));
    accompaniments.replaceAll(a -> liens.accompaniments().get(COORDINATOR, a.id()));
  }

  private Organisation partner(String name, OrganisationKind kind, String siren) {
    return liens.organisations().register(COORDINATOR, name, kind, siren,
        PostalAddress.of("2 rue de la République", "46100", "Figeac"));
  }

  private void registerPartners() {
    Staffing.register(liens, COORDINATOR, educator);
    departement = partner("Conseil départemental du Gard", OrganisationKind.DEPARTEMENT, "223000019");
    caf = partner("CAF du Lot", OrganisationKind.CAF, "775592413");
    msa = partner("MSA Midi-Pyrénées Nord", OrganisationKind.MSA, "776960916");
    figeac = partner("Grand-Figeac communauté", OrganisationKind.LOCAL_AUTHORITY, "200067361");
    school = partner("Collège Jean Moulin", OrganisationKind.SCHOOL, "193000015");

    cofinanced = liens.agreements().conclude(COORDINATOR, new AgreementTerms("CEJ-2023", AgreementPeriod.year(2023),
        List.of(FunderShare.of(caf.id(), "33.33"), FunderShare.of(msa.id(), "33.33"),
            FunderShare.of(figeac.id(), "33.34")),
        List.of(AgreementLineTerms.atTariff(OfferCode.MIP, 3),
            AgreementLineTerms.negotiated(OfferCode.MADI, 2, Money.euros(1950)))));
    single = liens.agreements().conclude(COORDINATOR, new AgreementTerms("DEP-30-2023",
        AgreementPeriod.ofClosed(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 5, 31)),
        List.of(FunderShare.whole(departement.id())), List.of(AgreementLineTerms.atTariff(OfferCode.MAPA, 2))));
  }

  private void build() {
    // a co-financed MIP: one invoice per funder, all issued
    Accompaniment mip = started(OfferCode.MIP, Optional.of(cofinanced));
    for (Invoice draft : liens.billing().prepare(COORDINATOR, mip.id())) {
      invoices.add(liens.billing().issue(COORDINATOR, draft.id()));
    }
    // a co-financed MADI at the negotiated price: one draft discarded, the others issued later
    clock.set(START.plusDays(10));
    Accompaniment madi = started(OfferCode.MADI, Optional.of(cofinanced));
    List<Invoice> madiDrafts = liens.billing().prepare(COORDINATOR, madi.id());
    invoices.add(liens.billing().discard(COORDINATOR, madiDrafts.get(0).id()));
    // a MAPA under the département's agreement, partly credited
    clock.set(START.plusDays(20));
    Accompaniment mapa = started(OfferCode.MAPA, Optional.of(single));
    Invoice mapaInvoice = liens.billing().issue(COORDINATOR, liens.billing().prepare(COORDINATOR, mapa.id()).get(0).id());
    invoices.add(mapaInvoice);
    creditNotes.add(liens.billing().credit(COORDINATOR, mapaInvoice.id(), Money.parse("300.00"),
        "Trois semaines d'interruption"));
    // individual ARCS sessions, billed by the minute
    clock.set(START.plusDays(30));
    Accompaniment arcs = started(OfferCode.ARCS, Optional.empty());
    liens.accompaniments().recordWorkshopSession(COORDINATOR, arcs.id(), clock.today(), educator, Duration.ofMinutes(60));
    liens.accompaniments().recordWorkshopSession(COORDINATOR, arcs.id(), clock.today(), educator, Duration.ofMinutes(50));
    accompaniments.set(accompaniments.size() - 1, liens.accompaniments().get(COORDINATOR, arcs.id()));
    invoices.add(liens.billing().issue(COORDINATOR, liens.billing().prepare(COORDINATOR, arcs.id()).get(0).id()));
    // a plain MIP paid by the département, credited in full
    Accompaniment plain = started(OfferCode.MIP, Optional.empty());
    Invoice plainInvoice = liens.billing().issue(COORDINATOR, liens.billing().prepare(COORDINATOR, plain.id()).get(0).id());
    invoices.add(plainInvoice);
    creditNotes.add(liens.billing().creditInFull(COORDINATOR, plainInvoice.id(), "Facturé au mauvais financeur"));

    // group workshops: one quote accepted and held, one declined, one still proposed
    Quote accepted = liens.workshops().propose(COORDINATOR, QuoteRequest.model(school.id(), 8, START.plusDays(60))
        .withTravel(Travel.perTrip(12, Money.parse("12.50"))));
    series = liens.workshops().accept(COORDINATOR, accepted.id());
    for (int i = 0; i < 8; i++) {
      series = liens.workshops().enrol(COORDINATOR, series.id(),
          Child.of(World.name("Élève " + i), START.minusYears(11), SchoolGrade.SIXIEME));
    }
    series = liens.workshops().recordSession(COORDINATOR, series.id(), 1, clock.today(), everyChildOf(series, 1));
    series = liens.workshops().recordSession(COORDINATOR, series.id(), 2, clock.today(), everyChildOf(series, 2));
    quotes.add(liens.workshops().get(COORDINATOR, accepted.id()));
    Quote declined = liens.workshops().propose(COORDINATOR, QuoteRequest.model(figeac.id(), 6, START.plusDays(60)));
    quotes.add(liens.workshops().decline(COORDINATOR, declined.id()));
    invoices.add(liens.billing().issue(COORDINATOR, liens.billing().prepare(COORDINATOR, series.id()).get(0).id()));

    // the new year: the remaining MADI drafts are issued in 2024, numbers restart at 1
    clock.set(LocalDate.of(2024, 1, 8));
    for (Invoice draft : madiDrafts.subList(1, madiDrafts.size())) {
      invoices.add(liens.billing().issue(COORDINATOR, draft.id()));
    }
    quotes.add(liens.workshops().propose(COORDINATOR, QuoteRequest.model(school.id(), 3, LocalDate.of(2024, 2, 1))));
    Invoice pending = liens.billing().prepare(COORDINATOR, started(OfferCode.MIP, Optional.empty()).id()).get(0);
    invoices.add(pending);
  }

  /** {@return a new MIP paid by the département, started today} */
  public Accompaniment startedMip() {
    return started(OfferCode.MIP, Optional.empty());
  }

  private Accompaniment started(OfferCode offer, Optional<FundingAgreement> agreement) {
    Referral referral = assessed(offer, agreement);
    Accompaniment accompaniment = liens.referrals().validate(COORDINATOR, referral.id(), List.of(educator));
    accompaniment = liens.accompaniments().start(COORDINATOR, accompaniment.id(), clock.today());
    accompaniments.add(accompaniment);
    return accompaniment;
  }

  /**
   * {@return a new referral of a new household, with consent and assessment, ready to validate}
   *
   * @param offer the offer referred to
   * @param agreement the agreement it is referred under, if any
   */
  public Referral assessed(OfferCode offer, Optional<FundingAgreement> agreement) {
    families++;
    Parent parent = new Parent(World.name("Parent " + families));
    HouseholdProfile.Builder profile = HouseholdProfile.builder().parent(parent).singleParent(true);
    if (offer.equals(OfferCode.MAPA)) {
      profile.caregiver(Caregiver.asParent(parent, List.of(new CaredForPerson(World.name("Aidé " + families),
          Relationship.CHILD, Set.of(Condition.DISABILITY)))));
    }
    if (offer.equals(OfferCode.ARCS)) {
      profile.child(Child.of(World.name("Enfant " + families), START.minusYears(9), SchoolGrade.CM1));
    }
    var household = liens.households().register(COORDINATOR, profile.build());
    ReferralReason reason = switch (offer.value()) {
      case "MADI" -> ReferralReason.ACUTE_CRISIS;
      case "MAPA" -> ReferralReason.CAREGIVER_CRISIS;
      case "ARCS" -> ReferralReason.SCHOOL_DIFFICULTIES;
      default -> ReferralReason.FAMILY_EVENT;
    };
    ReferralRequest request = ReferralRequest.of(household.id(), offer,
        ReferralSource.fieldWorker(departement.id(), World.name("Paul")),
        agreement.map(a -> a.funders().get(0).funder()).orElse(departement.id()), clock.today(), reason);
    if (agreement.isPresent()) {
      request = request.underAgreement(agreement.get().id());
    }
    Referral referral = liens.referrals().receive(COORDINATOR, request);
    liens.referrals().recordConsent(COORDINATOR, referral.id(), Consent.of(clock.today(), parent.id()));
    return liens.referrals().assess(COORDINATOR, referral.id(), new NeedsAssessment(clock.today(), "Besoins."));
  }

  /**
   * {@return the ids of every child enrolled in {@code group} of {@code series}: a session they all attended}
   *
   * @param series the workshop series
   * @param group the group, from 1
   */
  public static java.util.Set<org.liens.household.PersonId> everyChildOf(WorkshopSeries series, int group) {
    return series.participants(group).stream().map(p -> p.child().id()).collect(java.util.stream.Collectors.toSet());
  }
}
