package org.liens.storage.tck;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.staff.StaffId;
import org.liens.storage.tck.Staffing;
import org.liens.accompaniment.RemoteChannel;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.agreement.WaitlistPolicy;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.billing.NumberSeries;
import org.liens.billing.Seller;
import org.liens.catalog.OfferCode;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.household.CaredForPerson;
import org.liens.household.Caregiver;
import org.liens.household.Child;
import org.liens.household.Condition;
import org.liens.household.EmploymentSituation;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationDetails;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.pricing.Money;
import org.liens.pricing.TariffBook;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
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
import org.liens.workshop.SessionFrequency;
import org.liens.workshop.Travel;
import org.liens.workshop.WorkshopSeries;

/**
 * A whole organisation's year, written through the application services: organisations, households of every
 * shape, referrals in every status, accompaniments in every status with contacts of every kind, planned visits,
 * DIA, EMT map, action report, and an MIP succeeded by a MADI; and the money side: two funding agreements (one
 * co-financed by three funders, one with a taxed place, a released place and a waitlist), quotes in every status,
 * a workshop series with participants and sessions, invoices in every status (exempt and taxed lines, under an
 * agreement or not, of accompaniments and of a series), credit notes, and two numbering series. Deterministic:
 * the same seed gives the same ids, so two storages fed the same casebook hold the same data.
 *
 * <p>{@link #writeWithoutMoney} writes what an adapter of schema version 2 could hold: no agreement, no tariff, no
 * invoice, no expired referral.
 */
public final class Casebook {
  /** The coordinator every call of the casebook is made as. */
  public static final Actor COORDINATOR = Actor.of("coordinator-1", Role.COORDINATOR);
  /** The first day of the casebook's year: referrals are received from it on. */
  public static final LocalDate START = LocalDate.of(2023, 9, 1);

  /** Texts that break naive SQL, encodings and column sizes. */
  public static final String QUOTES = "O'Brien \"le grand\" `back` \\slash";
  /** A text that breaks SQL built by concatenation. */
  public static final String INJECTION = "'; DROP TABLE liens_household; --";
  /**
   * Accents, a joined emoji family, CJK, Hebrew with points, Greek, a combining accent, an emoji as a surrogate pair
   * and a tab.
   */
  public static final String UNICODE = "Zoë Ünal 👨‍👩‍👧‍👦 漢字 עִבְרִית Ελληνικά e\u0301 \uD83D\uDE00 tab here";
  /** A note of about 10 kB, beyond any short column. */
  public static final String LONG_NOTE = "Note de 10 ko ✓ ".repeat(640) + "(fin)";
  /** The organisation that issues the invoices; its mentions are configuration, hostile here. */
  public static final Seller SELLER = Seller.of("Au bonheur des liens", PostalAddress.of("1 place aux Herbes", "30700", "Uzès"),
          "812345676")
      .withVatExemptionMention("Exonération : " + QUOTES)
      .withLegalMentions(List.of(INJECTION, UNICODE));
  /** The day the billing starts, after every other date of the casebook. */
  public static final LocalDate BILLING = LocalDate.of(2024, 3, 20);

  /** The Liens the casebook was written with, on the storage given. */
  public final Liens liens;
  /** The clock of {@link #liens}, which the casebook moves forward as its year runs. */
  public final TestClock clock;
  /** The département, prescriber and funder of most accompaniments. */
  public final Organisation departement;
  /** The CAF, a funder (with its SIREN and address on the money side). */
  public final Organisation caf;
  /** A school, which refers and orders ARCS workshops. */
  public final Organisation school;
  /** The CCAS, a partner organisation. */
  public final Organisation ccas;
  /** A household of two parents and their children. */
  public final Household parents;
  /** A single-parent household (R11). */
  public final Household singleParent;
  /** A household of family caregivers and the person they care for (MAPA). */
  public final Household caregivers;
  /** A household whose referral stays {@code RECEIVED}. */
  public final Household others;
  /** A referral left {@code RECEIVED}. */
  public final Referral received;
  /** A referral left {@code ASSESSED}, with a long needs assessment. */
  public final Referral assessed;
  /** A referral {@code REJECTED} with a long reason. */
  public final Referral rejected;
  /**
   * A referral {@code EXPIRED}: received 40 days before the start, never assessed (issue 14); empty without money (a
   * version 2 adapter could not hold it).
   */
  public final Optional<Referral> expired;
  /** An MIP ended {@code SUCCEEDED} by {@link #madiActive}. */
  public final Accompaniment mipSucceeded;
  /** The MADI that succeeded {@link #mipSucceeded}, {@code ACTIVE}. */
  public final Accompaniment madiActive;
  /** A MAPA {@code CLOSED} with its documents and action report. */
  public final Accompaniment mapaClosed;
  /** An ARCS {@code ACTIVE} with individual workshop sessions. */
  public final Accompaniment arcsActive;
  /** An MIP {@code CANCELLED} with a hostile reason. */
  public final Accompaniment mipCancelled;
  /** A MAPA left {@code VALIDATED}, before its first appointment. */
  public final Accompaniment mapaValidated;
  /** The four educators the teams are made of. */
  public final List<StaffId> educators;
  /** The co-funders of the money side (MSA, a local authority, a collège); empty without money. */
  public final List<Organisation> payers = new ArrayList<>();
  /** The funding agreements, as last returned by the services; empty without money. */
  public final List<FundingAgreement> agreements = new ArrayList<>();
  /** The workshop quotes, in every status; empty without money. */
  public final List<Quote> quotes = new ArrayList<>();
  /** The workshop series opened from accepted quotes; empty without money. */
  public final List<WorkshopSeries> series = new ArrayList<>();
  /** The invoices, in every status; empty without money. */
  public final List<Invoice> invoices = new ArrayList<>();
  /** The credit notes issued; empty without money. */
  public final List<CreditNote> creditNotes = new ArrayList<>();
  /** The accompaniments that hold a place of an agreement; empty without money. */
  public final List<Accompaniment> underAgreement = new ArrayList<>();
  /** The households of the money side; empty without money. */
  public final List<Household> moneyHouseholds = new ArrayList<>();

  /** People get ids in order, the same on every run, so that two casebooks of one seed are equal. */
  private long people;

  private PersonId person() {
    return PersonId.of(new UUID(0x9e0915L, ++people));
  }

  private Casebook(Storage storage, long seed, boolean money) {
    Random random = new Random(seed);
    clock = new TestClock(START);
    Liens.Builder builder = Liens.builder().storage(storage).clock(clock)
        .ids(() -> new UUID(random.nextLong(), random.nextLong()));
    liens = (money ? builder.seller(SELLER).waitlistPolicy(WaitlistPolicy.WAITLIST) : builder.tariffs(TariffBook.empty()))
        .build();
    educators = List.of(educator(random), educator(random), educator(random), educator(random));
    StaffId e1 = educators.get(0);
    StaffId e2 = educators.get(1);
    StaffId e3 = educators.get(2);
    StaffId e4 = educators.get(3);
    Staffing.register(liens, COORDINATOR, educators);

    departement = liens.organisations().register(COORDINATOR, "Conseil départemental du Gard", OrganisationKind.DEPARTEMENT,
        "223000019", new PostalAddress(List.of("3 rue Guillemette", "CS 30001"), "30044", "Nîmes"));
    caf = money
        ? liens.organisations().register(COORDINATOR, "CAF du Gard", OrganisationKind.CAF, "534083662",
            PostalAddress.of("4 rue Jules Raimu", "30000", "Nîmes"))
        : liens.organisations().register(COORDINATOR, "CAF du Gard", OrganisationKind.CAF);
    school = liens.organisations().register(COORDINATOR, "École " + QUOTES, OrganisationKind.SCHOOL);
    ccas = liens.organisations().register(COORDINATOR,
        OrganisationDetails.named(INJECTION).withAddress(PostalAddress.of(UNICODE, "30000", "Nîmes")), OrganisationKind.CCAS);

    PersonId anne = person();
    PersonId paul = person();
    parents = liens.households().register(COORDINATOR, new HouseholdProfile(
        List.of(new Parent(anne, PersonName.of("Anne", QUOTES)), new Parent(paul, PersonName.of("Paul", "Martin"))), false,
        List.of(new Child(person(), PersonName.of("Léa", "Martin"), LocalDate.of(2015, 3, 2), Optional.of(SchoolGrade.CE2)),
            new Child(person(), PersonName.of("Noé", "Martin"), LocalDate.of(2022, 6, 30), Optional.empty())),
        List.of(), EmploymentSituation.EMPLOYED, false, Optional.of("30189")));
    PersonId sam = person();
    singleParent = liens.households().register(COORDINATOR, HouseholdProfile.builder()
        .parent(new Parent(sam, PersonName.of(UNICODE, INJECTION))).singleParent(true)
        .child(new Child(person(), PersonName.of("Tom", "Ünal"), LocalDate.of(2016, 1, 10), Optional.of(SchoolGrade.CE1)))
        .employment(EmploymentSituation.RSA).belowPovertyLine(true).build());
    PersonId carer = person();
    caregivers = liens.households().register(COORDINATOR, HouseholdProfile.builder()
        .caregiver(new Caregiver(carer, PersonName.of("Marie", "Dupont"), List.of(
            new CaredForPerson(person(), PersonName.of("Jean", "Dupont"), Relationship.ELDER, Set.of(Condition.DISABILITY, Condition.LONG_ILLNESS)),
            new CaredForPerson(person(), PersonName.of("Lou", "Dupont"), Relationship.CHILD, Set.of(Condition.RARE_ILLNESS)))))
        .employment(EmploymentSituation.SELF_EMPLOYED).territory("30007").build());
    PersonId kim = person();
    others = liens.households().register(COORDINATOR, HouseholdProfile.builder()
        .parent(new Parent(kim, PersonName.of("Kim", "Nguyen"))).build());

    // referrals that stay undecided or are rejected
    received = liens.referrals().receive(COORDINATOR, ReferralRequest.of(others.id(), OfferCode.MIP,
        ReferralSource.familyRequest(), caf.id(), START, ReferralReason.CRISIS));
    Referral toAssess = liens.referrals().receive(COORDINATOR, ReferralRequest.of(others.id(), OfferCode.MADI,
        ReferralSource.fieldWorker(ccas.id(), PersonName.of("Éric", INJECTION)), departement.id(), START,
        ReferralReason.ACUTE_CRISIS, ReferralReason.CHILD_SPECIFIC_EVENT));
    Referral toReject = liens.referrals().receive(COORDINATOR, ReferralRequest.of(others.id(), OfferCode.ARCS,
        ReferralSource.institutionOrder(school.id()), school.id(), START, ReferralReason.SCHOOL_DIFFICULTIES));
    today(START.plusDays(2));
    liens.referrals().recordConsent(COORDINATOR, toAssess.id(), Consent.of(START.plusDays(1), kim));
    assessed = liens.referrals().assess(COORDINATOR, toAssess.id(), new NeedsAssessment(START.plusDays(2), LONG_NOTE));
    rejected = liens.referrals().reject(COORDINATOR, toReject.id(), "Hors territoire : " + LONG_NOTE);
    expired = money ? Optional.of(Expiring.referral(liens, COORDINATOR, others.id(), caf.id(), START)) : Optional.empty();

    // MIP, then a MADI that succeeds it with the same team plus a practitioner (R6); with money, the MIP takes a
    // place of an agreement co-financed by three funders (seed 003)
    today(START);
    ReferralRequest mipRequest = ReferralRequest.of(parents.id(), OfferCode.MIP,
        ReferralSource.fieldWorker(departement.id(), PersonName.of("Paul", "Durand")), caf.id(), START,
        ReferralReason.FAMILY_EVENT);
    if (money) {
      payers.add(liens.organisations().register(COORDINATOR, "MSA " + QUOTES, OrganisationKind.MSA,
          "776960916", new PostalAddress(List.of(UNICODE, INJECTION), "46000", "Cahors")));
      payers.add(liens.organisations().register(COORDINATOR, "Grand-Figeac", OrganisationKind.LOCAL_AUTHORITY,
          "200067361", PostalAddress.of("8 rue de Colomb", "46100", "Figeac")));
      payers.add(liens.organisations().register(COORDINATOR, "Collège " + INJECTION, OrganisationKind.SCHOOL,
          "193000015", PostalAddress.of("Rue de l'École", "30700", "Uzès")));
      agreements.add(liens.agreements().conclude(COORDINATOR, new AgreementTerms("CEJ-2023 " + INJECTION,
          AgreementPeriod.year(2023),
          List.of(FunderShare.of(payers.get(0).id(), "33.33"), FunderShare.of(payers.get(1).id(), "33.33"),
              FunderShare.of(departement.id(), "33.34")),
          List.of(AgreementLineTerms.atTariff(OfferCode.MIP, 2),
              AgreementLineTerms.negotiated(OfferCode.MADI, 1, Money.ofCents(210_050))))));
      mipRequest = ReferralRequest.of(parents.id(), OfferCode.MIP,
          ReferralSource.fieldWorker(departement.id(), PersonName.of("Paul", "Durand")), payers.get(0).id(), START,
          ReferralReason.FAMILY_EVENT).underAgreement(agreements.get(0).id());
    }
    Referral mip = liens.referrals().receive(COORDINATOR, mipRequest);
    Accompaniment mipOpen = validate(mip, Consent.of(START, anne, paul), List.of(e1));
    today(START.plusDays(10));
    liens.accompaniments().start(COORDINATOR, mipOpen.id(), START.plusDays(10));
    today(START.plusDays(40));
    liens.accompaniments().recordHomeVisit(COORDINATOR, mipOpen.id(), START.plusDays(11), e1);
    liens.accompaniments().recordRemoteContact(COORDINATOR, mipOpen.id(), START.plusDays(12), e1, RemoteChannel.SMS);
    liens.accompaniments().writeSupportPlan(COORDINATOR, mipOpen.id(),
        new SupportPlan(START.plusDays(13), List.of(anne, paul), List.of(INJECTION, UNICODE, LONG_NOTE)));
    liens.accompaniments().drawEmtMap(COORDINATOR, mipOpen.id(),
        new EmtMap(START.plusDays(14), List.of("Enjeu : " + QUOTES), List.of("Mission"), List.of("Travail", UNICODE)));
    Referral madi = liens.referrals().receive(COORDINATOR, new ReferralRequest(parents.id(), OfferCode.MADI,
        ReferralSource.fieldWorker(departement.id(), PersonName.of("Paul", "Durand")), caf.id(), START.plusDays(40),
        Set.of(ReferralReason.CRISIS), Optional.of(mipOpen.id()), Optional.empty()));
    madiActive = validate(madi, Consent.of(START.plusDays(40), anne), List.of(e2));
    mipSucceeded = liens.accompaniments().get(COORDINATOR, mipOpen.id());
    today(START.plusDays(45));
    liens.accompaniments().start(COORDINATOR, madiActive.id(), START.plusDays(42));
    liens.accompaniments().recordHomeVisit(COORDINATOR, madiActive.id(), START.plusDays(43), e2);
    liens.accompaniments().recordHomeVisit(COORDINATOR, madiActive.id(), START.plusDays(44), e1);
    liens.accompaniments().recordRemoteContact(COORDINATOR, madiActive.id(), START.plusDays(44), e1, RemoteChannel.VIDEO);
    liens.accompaniments().moveFirstAppointment(COORDINATOR, madiActive.id(), START.plusDays(41));

    // MAPA for the caregivers: started, documented, reported and closed
    today(START);
    Referral mapa = liens.referrals().receive(COORDINATOR, ReferralRequest.of(caregivers.id(), OfferCode.MAPA,
        ReferralSource.familyRequest(), departement.id(), START, ReferralReason.CAREGIVER_CRISIS));
    Accompaniment mapaOpen = validate(mapa, Consent.of(START, carer), List.of(e3));
    today(START.plusDays(200));
    liens.accompaniments().start(COORDINATOR, mapaOpen.id(), START.plusDays(3));
    liens.accompaniments().recordHomeVisit(COORDINATOR, mapaOpen.id(), START.plusDays(3), e3);
    liens.accompaniments().recordRemoteContact(COORDINATOR, mapaOpen.id(), START.plusDays(20), e3, RemoteChannel.EMAIL);
    liens.accompaniments().recordRemoteContact(COORDINATOR, mapaOpen.id(), START.plusDays(21), e3, RemoteChannel.PHONE);
    liens.accompaniments().writeSupportPlan(COORDINATOR, mapaOpen.id(),
        new SupportPlan(START.plusDays(5), List.of(carer), List.of("Répit le mercredi")));
    liens.accompaniments().writeActionReport(COORDINATOR, mapaOpen.id(), START.plusDays(180), LONG_NOTE);
    mapaClosed = liens.accompaniments().close(COORDINATOR, mapaOpen.id(), START.plusDays(181));

    // ARCS workshops for the single parent's child, per session
    today(START);
    Referral arcs = liens.referrals().receive(COORDINATOR, ReferralRequest.of(singleParent.id(), OfferCode.ARCS,
        ReferralSource.institutionOrder(school.id()), school.id(), START, ReferralReason.SCHOOL_DIFFICULTIES));
    Accompaniment arcsOpen = validate(arcs, Consent.of(START, sam), List.of(e4));
    today(START.plusDays(30));
    liens.accompaniments().start(COORDINATOR, arcsOpen.id(), START.plusDays(7));
    liens.accompaniments().recordWorkshopSession(COORDINATOR, arcsOpen.id(), START.plusDays(7), e4, Duration.ofHours(1));
    arcsActive = liens.accompaniments().recordWorkshopSession(COORDINATOR, arcsOpen.id(), START.plusDays(14), e4,
        Duration.ofMinutes(90).plusSeconds(7).plusNanos(5));

    // an MIP cancelled before it started, with a long reason
    today(START);
    Referral cancelled = liens.referrals().receive(COORDINATOR, ReferralRequest.of(singleParent.id(), OfferCode.MIP,
        ReferralSource.fieldWorker(ccas.id(), PersonName.of("Inès", "Roux")), ccas.id(), START, ReferralReason.CRISIS));
    Accompaniment toCancel = validate(cancelled, Consent.of(START, sam), List.of(e1));
    today(START.plusDays(3));
    mipCancelled = liens.accompaniments().cancel(COORDINATOR, toCancel.id(), INJECTION + " " + LONG_NOTE, START.plusDays(2));

    // a MAPA that is validated and waits for its first appointment: in the caseload, not yet active
    Referral waiting = liens.referrals().receive(COORDINATOR, ReferralRequest.of(caregivers.id(), OfferCode.MAPA,
        ReferralSource.fieldWorker(ccas.id(), PersonName.of("Ana", "Lopes")), ccas.id(), START.plusDays(3), ReferralReason.OTHER, ReferralReason.CAREGIVER_CRISIS));
    mapaValidated = validate(waiting, Consent.of(START.plusDays(3), carer), List.of(e1));

    if (money) {
      money(e1, e3);
    }
  }

  /** Agreements, quotes, a workshop series, invoices and credit notes; every date after the casework's. */
  private void money(StaffId e1, StaffId e3) {
    Organisation msa = payers.get(0);
    Organisation college = payers.get(2);
    // a MAPA agreement of one place at a negotiated, taxed price: one accompaniment takes it, two wait; the first
    // is cancelled and its place goes to the first waiting
    today(START.plusDays(10));
    agreements.add(liens.agreements().conclude(COORDINATOR, new AgreementTerms("MAPA « 2023-2024 »",
        AgreementPeriod.ofClosed(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31)),
        List.of(FunderShare.whole(departement.id())),
        List.of(new AgreementLineTerms(OfferCode.MAPA, 1, Optional.of(Money.ofCents(170_000)),
            Optional.of(VatRegime.taxed(VatRate.REDUCED_5_5)))))));
    FundingAgreement mapaAgreement = agreements.get(1);
    List<Accompaniment> mapas = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      PersonId carer = person();
      Household household = liens.households().register(COORDINATOR, HouseholdProfile.builder()
          .caregiver(new Caregiver(carer, PersonName.of("Aidant" + i, UNICODE), List.of(new CaredForPerson(person(),
              PersonName.of("Aidé" + i, "Dupont"),
              Relationship.SPOUSE, Set.of(Condition.LONG_ILLNESS))))).build());
      moneyHouseholds.add(household);
      Referral referral = liens.referrals().receive(COORDINATOR, ReferralRequest.of(household.id(), OfferCode.MAPA,
          ReferralSource.familyRequest(), departement.id(), LocalDate.now(clock), ReferralReason.CAREGIVER_CRISIS)
          .underAgreement(mapaAgreement.id()));
      mapas.add(validate(referral, Consent.of(LocalDate.now(clock), carer), List.of(e3)));
    }
    today(START.plusDays(12));
    liens.accompaniments().cancel(COORDINATOR, mapas.get(0).id(), "Déménagement " + UNICODE, START.plusDays(12));
    liens.agreements().releasePlace(COORDINATOR, mapaAgreement.id(), mapas.get(0).id());
    today(START.plusDays(20));
    liens.accompaniments().start(COORDINATOR, mapas.get(1).id(), START.plusDays(20));

    // quotes for the college: one accepted (a series with two groups, children enrolled, sessions held), one
    // declined, one still proposed
    today(START.plusDays(30));
    Quote accepted = liens.workshops().propose(COORDINATOR, new QuoteRequest(college.id(), 8, 4,
        Duration.ofMinutes(90), SessionFrequency.FORTNIGHTLY,
        Travel.byDistance(new BigDecimal("12.50"), Money.ofCents(60)), START.plusDays(60)));
    Quote declined = liens.workshops().propose(COORDINATOR, QuoteRequest.model(college.id(), 6, START.plusDays(40)));
    Quote proposed = liens.workshops().propose(COORDINATOR, QuoteRequest.model(msa.id(), 13, START.plusDays(90))
        .withTravel(Travel.perTrip(3, Money.ofCents(2_550))));
    today(START.plusDays(35));
    WorkshopSeries workshop = liens.workshops().accept(COORDINATOR, accepted.id());
    liens.workshops().decline(COORDINATOR, declined.id());
    workshop = liens.workshops().enrol(COORDINATOR, workshop.id(),
        new Child(person(), PersonName.of("Zoë", UNICODE), LocalDate.of(2016, 5, 1), Optional.of(SchoolGrade.CE1)));
    workshop = liens.workshops().enrol(COORDINATOR, workshop.id(),
        new Child(person(), PersonName.of(INJECTION, QUOTES), LocalDate.of(2017, 1, 31), Optional.empty()), 2);
    today(START.plusDays(50));
    liens.workshops().recordSession(COORDINATOR, workshop.id(), 1, START.plusDays(42), Ledger.everyChildOf(workshop, 1));
    liens.workshops().recordSession(COORDINATOR, workshop.id(), 2, START.plusDays(49), Ledger.everyChildOf(workshop, 2));

    // billing, in date order: the co-financed MIP (one invoice per funder), the taxed MAPA of the agreement, the
    // closed MAPA (a draft discarded, then issued), the workshop series; then credit notes
    today(BILLING);
    for (Invoice draft : liens.billing().prepare(COORDINATOR, mipSucceeded.id())) {
      invoices.add(liens.billing().issue(COORDINATOR, draft.id()));
    }
    invoices.add(liens.billing().issue(COORDINATOR,
        liens.billing().prepare(COORDINATOR, mapas.get(1).id()).get(0).id()));
    invoices.add(liens.billing().discard(COORDINATOR,
        liens.billing().prepare(COORDINATOR, mapaClosed.id()).get(0).id()));
    today(BILLING.plusDays(1));
    invoices.add(liens.billing().issue(COORDINATOR, liens.billing().prepare(COORDINATOR, mapaClosed.id()).get(0).id()));
    invoices.add(liens.billing().issue(COORDINATOR, liens.billing().prepare(COORDINATOR, workshop.id()).get(0).id()));
    today(BILLING.plusDays(12));
    invoices.add(liens.billing().prepare(COORDINATOR, madiActive.id()).get(0)); // stays a draft, of the CAF
    creditNotes.add(liens.billing().credit(COORDINATOR, invoices.get(0).id(), Money.ofCents(10_001),
        INJECTION + " " + UNICODE + " " + LONG_NOTE));
    creditNotes.add(liens.billing().creditInFull(COORDINATOR, invoices.get(5).id(), "Erreur de " + QUOTES));
    creditNotes.add(liens.billing().credit(COORDINATOR, invoices.get(0).id(), Money.ofCents(1), "Arrondi"));

    // every money aggregate as it ends
    agreements.replaceAll(a -> liens.agreements().get(COORDINATOR, a.id()));
    invoices.replaceAll(i -> liens.billing().get(COORDINATOR, i.id()));
    quotes.addAll(List.of(liens.workshops().get(COORDINATOR, accepted.id()),
        liens.workshops().get(COORDINATOR, declined.id()), proposed));
    series.add(liens.workshops().series(COORDINATOR, workshop.id()));
    underAgreement.addAll(mapas.stream().map(a -> liens.accompaniments().get(COORDINATOR, a.id())).toList());
  }

  /**
   * Writes the casebook, money side included, into {@code storage}.
   *
   * @param storage an empty storage
   * @param seed the seed of the ids; the same seed gives the same data
   * @return the casebook, with what the services returned
   */
  public static Casebook write(Storage storage, long seed) {
    return new Casebook(storage, seed, true);
  }

  /**
   * Writes the casebook without the money side (no seller, an empty tariff book, no agreement): what an adapter of
   * schema version 2 could hold.
   *
   * @param storage an empty storage
   * @param seed the seed of the ids; the same seed gives the same data
   * @return the casebook; its money lists are empty
   */
  public static Casebook writeWithoutMoney(Storage storage, long seed) {
    return new Casebook(storage, seed, false);
  }

  /** {@return the numbering series the casebook's invoices and credit notes took numbers from, and one never used} */
  public List<NumberSeries> numberSeries() {
    String siren = SELLER.identity().siren();
    return List.of(new NumberSeries(siren, "F", 2024), new NumberSeries(siren, "AV", 2024),
        new NumberSeries(siren, "F", 2023), new NumberSeries("999999999", "F", 2024));
  }

  private Accompaniment validate(Referral referral, Consent consent, List<StaffId> team) {
    liens.referrals().recordConsent(COORDINATOR, referral.id(), consent);
    liens.referrals().assess(COORDINATOR, referral.id(),
        new NeedsAssessment(clock.instant().atZone(clock.getZone()).toLocalDate(), "Besoins évalués avec " + QUOTES));
    return liens.referrals().validate(COORDINATOR, referral.id(), team);
  }

  private void today(LocalDate day) {
    clock.set(day);
  }

  private static StaffId educator(Random random) {
    return StaffId.of(new UUID(random.nextLong(), random.nextLong()));
  }

  /** {@return every accompaniment of the casebook, as last returned by the services} */
  public List<Accompaniment> accompaniments() {
    List<Accompaniment> all = new ArrayList<>(
        List.of(mipSucceeded, madiActive, mapaClosed, arcsActive, mipCancelled, mapaValidated));
    all.addAll(underAgreement);
    return all;
  }

  /** {@return every household, those of the money side included} */
  public List<Household> households() {
    List<Household> all = new ArrayList<>(List.of(parents, singleParent, caregivers, others));
    all.addAll(moneyHouseholds);
    return all;
  }

  /** {@return every organisation, the payers of the money side included} */
  public List<Organisation> organisations() {
    List<Organisation> all = new ArrayList<>(List.of(departement, caf, school, ccas));
    all.addAll(payers);
    return all;
  }
}
