package org.liens.storage.tck;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.staff.StaffId;
import org.liens.accompaniment.RemoteChannel;
import org.liens.catalog.OfferCode;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.event.DomainEvent;
import org.liens.household.Caregiver;
import org.liens.household.CaredForPerson;
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
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationDetails;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.storage.Storage;

/**
 * A world that exercises every field of every aggregate, built through the application services on the storage
 * under test, as a host would: organisations with and without SIREN, households of every shape, referrals in every
 * status, accompaniments validated, active, closed with their documents, cancelled, succeeded by a MADI, and an
 * ARCS with workshop sessions.
 */
public final class World {
  /** The day the world is built on (a Monday of September 2023). */
  public static final LocalDate START = LocalDate.of(2023, 9, 4);
  /** The coordinator who acts throughout. */
  public static final Actor COORDINATOR = Actor.of("coordinator-1", Role.COORDINATOR);

  /** The clock the world's {@link Liens} reads; tests move it. */
  public final TestClock clock = new TestClock(START);
  /** Every domain event delivered to the world's listener, in order. */
  public final List<DomainEvent> events = new ArrayList<>();
  /** The storage under test, as given to {@link #on}. */
  public final Storage storage;
  /** The library, on the storage under test. */
  public final Liens liens;
  /** An educator, on every team. */
  public final StaffId lea = StaffId.of(new UUID(7, 1));
  /** A second educator, for MADI teams (R5). */
  public final StaffId sam = StaffId.of(new UUID(7, 2));
  /** The positive-psychopedagogy practitioner added to the MADI (R5, R6). */
  public final StaffId practitioner = StaffId.of(new UUID(7, 3));

  /** The organisation that runs the offers, which {@link #lea}, {@link #sam} and {@link #practitioner} work for. */
  public OrganisationId employer;
  /** A département with SIREN and a two-line address. */
  public Organisation departement;
  /** A CCAS, registered then updated. */
  public Organisation ccas;
  /** A CAF with a SIREN and no address. */
  public Organisation caf;
  /** A single-parent household. */
  public Household singleMother;
  /** A two-parent household. */
  public Household couple;
  /** A household of a caregiver only (MAPA). */
  public Household caregiverOnly;
  /** A household with a school child (ARCS). */
  public Household schoolChild;
  /** A referral received, not yet assessed. */
  public Referral received;
  /** A referral assessed, not yet decided. */
  public Referral assessed;
  /** A referral rejected with a reason. */
  public Referral rejected;
  /** A referral received 40 days before the world was built and expired, never assessed (issue 14). */
  public Referral expired;
  /** MIP, closed with DIA, EMT map and action report, contacts of every remote channel. */
  public Accompaniment closed;
  /** MIP ended by a MADI. */
  public Accompaniment succeeded;
  /** MADI succeeding {@link #succeeded}, active. */
  public Accompaniment madi;
  /** MAPA cancelled before it started. */
  public Accompaniment cancelled;
  /** ARCS, active, with workshop sessions. */
  public Accompaniment arcs;
  /** MIP validated, waiting for its first appointment. */
  public Accompaniment validated;

  private World(Storage storage) {
    this.storage = storage;
    this.liens = Liens.builder().storage(storage).clock(clock).listener(events::add).build();
  }

  /**
   * Builds the world on {@code storage}, which must be empty.
   *
   * @param storage an empty storage under test
   * @return the world, every aggregate written
   */
  public static World on(Storage storage) {
    World world = new World(storage);
    world.build();
    return world;
  }

  /**
   * A name in the world's family.
   *
   * @param given the given name
   * @return the person's name
   */
  public static PersonName name(String given) {
    return PersonName.of(given, "Martin-Lefèvre");
  }

  /** Anne, single mother of Léo (CE2) and Inès (not at school), below the poverty line, in Uzès. */
  private static HouseholdProfile anneAndHerChildren(EmploymentSituation employment) {
    return HouseholdProfile.builder()
        .parent(new Parent(name("Anne")))
        .singleParent(true)
        .child(Child.of(name("Léo"), LocalDate.of(2014, 3, 2), SchoolGrade.CE2))
        .child(new Child(name("Inès"), LocalDate.of(2021, 6, 30)))
        .employment(employment)
        .belowPovertyLine(true)
        .territory("30334")
        .build();
  }

  /**
   * {@return the id of the parent or caregiver of {@code household} named {@link #name(String) name(given)}}
   *
   * @param household a household of the world
   * @param given the person's given name
   */
  public static PersonId person(Household household, String given) {
    HouseholdProfile profile = household.profile();
    return Stream.concat(profile.parents().stream().map(p -> Map.entry(p.name(), p.id())),
            profile.caregivers().stream().map(c -> Map.entry(c.name(), c.id())))
        .filter(e -> e.getKey().equals(name(given))).map(Map.Entry::getValue).findFirst().orElseThrow();
  }

  private void build() {
    Actor a = COORDINATOR;
    employer = Staffing.register(liens, a, lea, sam, practitioner);
    departement = liens.organisations().register(a, "Conseil départemental du Gard", OrganisationKind.DEPARTEMENT,
        "223000019", new PostalAddress(List.of("3 rue Guillemette", "Hôtel du Département"),
            "30044", "Nîmes Cedex 9"));
    ccas = liens.organisations().register(a, "CCAS d'Uzes", OrganisationKind.CCAS);
    ccas = liens.organisations().update(a, ccas.id(), ccas.version(), "CCAS d'Uzès", "263000267",
        PostalAddress.of("Place de l'Évêché", "30700", "Uzès"));
    caf = liens.organisations().register(a, OrganisationDetails.named("CAF du Gard").withSiren("775587371"),
        OrganisationKind.CAF);

    singleMother = liens.households().register(a, anneAndHerChildren(EmploymentSituation.RSA));
    Parent julie = new Parent(name("Julie"));
    couple = liens.households().register(a, HouseholdProfile.builder()
        .parent(new Parent(name("Karim")))
        .parent(julie)
        .child(Child.of(name("Noé"), LocalDate.of(2012, 11, 5), SchoolGrade.CINQUIEME))
        .caregiver(Caregiver.asParent(julie, List.of(new CaredForPerson(name("Odette"), Relationship.ELDER,
            Set.of(Condition.DISABILITY, Condition.LONG_ILLNESS)))))
        .employment(EmploymentSituation.SELF_EMPLOYED)
        .build());
    caregiverOnly = liens.households().register(a, HouseholdProfile.builder()
        .caregiver(new Caregiver(name("Paul"), List.of(new CaredForPerson(name("Hélène"), Relationship.SPOUSE,
            Set.of(Condition.RARE_ILLNESS)))))
        .employment(EmploymentSituation.EMPLOYED)
        .build());
    schoolChild = liens.households().register(a, HouseholdProfile.builder()
        .parent(new Parent(name("Sofia")))
        .child(Child.of(name("Lina"), LocalDate.of(2016, 1, 20), SchoolGrade.CE1))
        .employment(EmploymentSituation.OTHER)
        .build());
    singleMother = liens.households().update(a, singleMother.id(), singleMother.version(),
        singleMother.profile().toBuilder().employment(EmploymentSituation.EMPLOYED).build());

    // a closed MIP with everything
    Referral mip = validatable(singleMother, OfferCode.MIP, fieldWorker(), departement, person(singleMother, "Anne"),
        ReferralReason.FAMILY_EVENT, ReferralReason.CHILD_SPECIFIC_EVENT);
    closed = liens.referrals().validate(a, mip.id(), List.of(lea));
    clock.set(LocalDate.of(2023, 9, 15));
    closed = liens.accompaniments().start(a, closed.id(), LocalDate.of(2023, 9, 14));
    closed = liens.accompaniments().moveFirstAppointment(a, closed.id(), LocalDate.of(2023, 9, 15));
    closed = liens.accompaniments().recordHomeVisit(a, closed.id(), LocalDate.of(2023, 9, 15), lea);
    clock.set(LocalDate.of(2024, 3, 14));
    closed = liens.accompaniments().writeSupportPlan(a, closed.id(), new SupportPlan(LocalDate.of(2023, 9, 22),
        List.of(person(singleMother, "Anne")), List.of("Coucher à 20 h", "Lire une histoire chaque soir")));
    closed = liens.accompaniments().drawEmtMap(a, closed.id(), new EmtMap(LocalDate.of(2023, 9, 29),
        List.of("Apaiser le lien"), List.of("Soutenir Anne", "Associer l'école"), List.of("Rituels", "Agenda")));
    int day = 0;
    for (RemoteChannel channel : RemoteChannel.values()) {
      closed = liens.accompaniments().recordRemoteContact(a, closed.id(), LocalDate.of(2023, 10, 2).plusDays(day++),
          lea, channel);
    }
    for (int month = 1; month < 6; month++) {
      closed = liens.accompaniments().recordHomeVisit(a, closed.id(), LocalDate.of(2023, 9, 15).plusMonths(month), lea);
    }
    closed = liens.accompaniments().writeActionReport(a, closed.id(), LocalDate.of(2024, 3, 14),
        "Objectifs atteints ; relais vers le centre social.");
    closed = liens.accompaniments().close(a, closed.id(), LocalDate.of(2024, 3, 14));

    // an MIP succeeded by a MADI (R6)
    clock.set(LocalDate.of(2023, 10, 2));
    Referral mip2 = validatable(couple, OfferCode.MIP, ReferralSource.familyRequest(), caf, person(couple, "Karim"),
        ReferralReason.CRISIS);
    succeeded = liens.referrals().validate(a, mip2.id(), List.of(sam));
    succeeded = liens.accompaniments().start(a, succeeded.id(), LocalDate.of(2023, 10, 2));
    succeeded = liens.accompaniments().recordHomeVisit(a, succeeded.id(), LocalDate.of(2023, 10, 2), sam);
    clock.set(LocalDate.of(2023, 11, 6));
    Referral madiReferral = liens.referrals().receive(a, ReferralRequest.of(couple.id(), OfferCode.MADI,
        fieldWorker(), departement.id(), clock.today(), ReferralReason.ACUTE_CRISIS).succeeding(succeeded.id()));
    consentAndAssess(madiReferral, person(couple, "Karim"), person(couple, "Julie"));
    madi = liens.referrals().validate(a, madiReferral.id(), List.of(practitioner));
    succeeded = liens.accompaniments().get(a, succeeded.id());
    madi = liens.accompaniments().start(a, madi.id(), LocalDate.of(2023, 11, 6));
    madi = liens.accompaniments().recordHomeVisit(a, madi.id(), LocalDate.of(2023, 11, 6), practitioner);
    madi = liens.accompaniments().recordRemoteContact(a, madi.id(), LocalDate.of(2023, 11, 6), sam,
        RemoteChannel.VIDEO);
    madi = liens.accompaniments().changeTeam(a, madi.id(), List.of(practitioner, sam, lea));
    // Julie withdraws the sharing with the prescriber for a week, then Karim and Julie give it again (issue 9)
    madi = liens.accompaniments().revokeSharingConsent(a, madi.id(), LocalDate.of(2023, 11, 6),
        List.of(person(couple, "Julie")));
    madi = liens.accompaniments().giveSharingConsent(a, madi.id(),
        LocalDate.of(2023, 11, 6), List.of(person(couple, "Karim"), person(couple, "Julie")));

    // a MAPA cancelled before its first appointment
    Referral mapa = validatable(caregiverOnly, OfferCode.MAPA, ReferralSource.fieldWorker(ccas.id(), name("Claire")),
        departement, person(caregiverOnly, "Paul"), ReferralReason.CAREGIVER_CRISIS);
    cancelled = liens.referrals().validate(a, mapa.id(), List.of(lea));
    cancelled = liens.accompaniments().cancel(a, cancelled.id(), "L'aidant a déménagé hors du territoire",
        clock.today());

    // an ARCS accompaniment with workshop sessions
    Referral arcsReferral = validatable(schoolChild, OfferCode.ARCS, ReferralSource.institutionOrder(departement.id()),
        departement, person(schoolChild, "Sofia"), ReferralReason.SCHOOL_DIFFICULTIES);
    arcs = liens.referrals().validate(a, arcsReferral.id(), List.of(practitioner));
    arcs = liens.accompaniments().start(a, arcs.id(), clock.today());
    arcs = liens.accompaniments().recordWorkshopSession(a, arcs.id(), clock.today(), practitioner,
        Duration.ofMinutes(60));
    arcs = liens.accompaniments().recordWorkshopSession(a, arcs.id(), clock.today(), practitioner,
        Duration.ofMinutes(45));

    // an MIP waiting for its first appointment
    Referral mip3 = validatable(schoolChild, OfferCode.MIP, fieldWorker(), departement, person(schoolChild, "Sofia"),
        ReferralReason.FAMILY_EVENT);
    validated = liens.referrals().validate(a, mip3.id(), List.of(sam));

    // referrals that stay received, assessed, rejected
    received = liens.referrals().receive(a, ReferralRequest.of(caregiverOnly.id(), OfferCode.MIP,
        ReferralSource.familyRequest(), caf.id(), clock.today(), ReferralReason.OTHER));
    assessed = validatable(couple, OfferCode.MAPA, fieldWorker(), caf, person(couple, "Julie"), ReferralReason.CAREGIVER_CRISIS);
    Referral toReject = liens.referrals().receive(a, ReferralRequest.of(singleMother.id(), OfferCode.MADI,
        fieldWorker(), departement.id(), clock.today(), ReferralReason.CRISIS));
    rejected = liens.referrals().reject(a, toReject.id(), "Relève d'une mesure de protection, orientée vers l'ASE");
    expired = Expiring.referral(liens, a, caregiverOnly.id(), caf.id(), clock.today());
  }

  private ReferralSource fieldWorker() {
    return ReferralSource.fieldWorker(ccas.id(), name("Paul-Éric"));
  }

  private Referral validatable(Household household, OfferCode offer, ReferralSource source, Organisation funder,
      PersonId consenting, ReferralReason... reasons) {
    Referral referral = liens.referrals().receive(COORDINATOR,
        ReferralRequest.of(household.id(), offer, source, funder.id(), clock.today(), reasons));
    return consentAndAssess(referral, consenting);
  }

  private Referral consentAndAssess(Referral referral, PersonId... consenting) {
    liens.referrals().recordConsent(COORDINATOR, referral.id(), Consent.of(clock.today(), consenting));
    return liens.referrals().assess(COORDINATOR, referral.id(),
        new NeedsAssessment(clock.today(), "Attentes et besoins évalués avec le prescripteur."));
  }

  /** {@return every accompaniment of the world} */
  public List<Accompaniment> accompaniments() {
    return List.of(closed, succeeded, madi, cancelled, arcs, validated);
  }

  /** {@return every referral of the world, as stored now} */
  public List<Referral> referrals() {
    List<Referral> all = new ArrayList<>(List.of(received, assessed, rejected, expired));
    for (Accompaniment accompaniment : accompaniments()) {
      all.add(liens.referrals().get(COORDINATOR, accompaniment.referral()));
    }
    return all;
  }

  /** {@return every household of the world} */
  public List<Household> households() {
    return List.of(singleMother, couple, caregiverOnly, schoolChild);
  }

  /** {@return every organisation of the world} */
  public List<Organisation> organisations() {
    return List.of(departement, ccas, caf);
  }

  /** {@return a referral id that is not stored} */
  public static ReferralId unknownReferral() {
    return ReferralId.of(new UUID(99, 99));
  }

  /** {@return an accompaniment id that is not stored} */
  public static AccompanimentId unknownAccompaniment() {
    return AccompanimentId.of(new UUID(99, 98));
  }
}
