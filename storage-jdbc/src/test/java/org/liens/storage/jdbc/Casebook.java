package org.liens.storage.jdbc;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.EducatorId;
import org.liens.accompaniment.RemoteChannel;
import org.liens.agreement.AgreementId;
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
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.storage.Storage;

/**
 * A whole organisation's year, written through the application services: organisations, households of every
 * shape, referrals in every status, accompaniments in every status with contacts of every kind, planned visits,
 * DIA, EMT map, action report, and an MIP succeeded by a MADI. Deterministic: the same seed gives the same ids,
 * so two storages fed the same casebook hold the same data.
 */
final class Casebook {
  static final Actor COORDINATOR = Actor.of("coordinator-1", Role.COORDINATOR);
  static final LocalDate START = LocalDate.of(2023, 9, 1);

  /** Texts that break naive SQL, encodings and column sizes. */
  static final String QUOTES = "O'Brien \"le grand\" `back` \\slash";
  static final String INJECTION = "'; DROP TABLE liens_household; --";
  static final String UNICODE = "Zoë Ünal 👨‍👩‍👧‍👦 漢字 עִבְרִית Ελληνικά e\u0301 \uD83D\uDE00 tab\there";
  static final String LONG_NOTE = "Note de 10 ko ✓ ".repeat(640) + "(fin)";

  final Liens liens;
  final MutableClock clock;
  final Organisation departement;
  final Organisation caf;
  final Organisation school;
  final Organisation ccas;
  final Household parents;
  final Household singleParent;
  final Household caregivers;
  final Household others;
  final Referral received;
  final Referral assessed;
  final Referral rejected;
  final Accompaniment mipSucceeded;
  final Accompaniment madiActive;
  final Accompaniment mapaClosed;
  final Accompaniment arcsActive;
  final Accompaniment mipCancelled;
  final Accompaniment mapaValidated;
  final List<EducatorId> educators;

  private Casebook(Storage storage, long seed) {
    Random random = new Random(seed);
    clock = new MutableClock(START);
    liens = Liens.builder().storage(storage).clock(clock).ids(() -> new UUID(random.nextLong(), random.nextLong()))
        .build();
    educators = List.of(educator(random), educator(random), educator(random), educator(random));
    EducatorId e1 = educators.get(0);
    EducatorId e2 = educators.get(1);
    EducatorId e3 = educators.get(2);
    EducatorId e4 = educators.get(3);

    departement = liens.organisations().register(COORDINATOR, "Conseil départemental du Gard", OrganisationKind.DEPARTEMENT,
        Optional.of("223000019"), Optional.of(new PostalAddress(List.of("3 rue Guillemette", "CS 30001"), "30044", "Nîmes")));
    caf = liens.organisations().register(COORDINATOR, "CAF du Gard", OrganisationKind.CAF);
    school = liens.organisations().register(COORDINATOR, "École " + QUOTES, OrganisationKind.SCHOOL);
    ccas = liens.organisations().register(COORDINATOR, INJECTION, OrganisationKind.CCAS, Optional.empty(),
        Optional.of(PostalAddress.of(UNICODE, "30000", "Nîmes")));

    PersonName anne = PersonName.of("Anne", QUOTES);
    PersonName paul = PersonName.of("Paul", "Martin");
    parents = liens.households().register(COORDINATOR, new HouseholdProfile(
        List.of(new Parent(anne), new Parent(paul)), false,
        List.of(Child.of(PersonName.of("Léa", "Martin"), LocalDate.of(2015, 3, 2), SchoolGrade.CE2),
            new Child(PersonName.of("Noé", "Martin"), LocalDate.of(2022, 6, 30), Optional.empty())),
        List.of(), EmploymentSituation.EMPLOYED, false, Optional.of("30189")));
    PersonName sam = PersonName.of(UNICODE, INJECTION);
    singleParent = liens.households().register(COORDINATOR, HouseholdProfile.builder()
        .parent(new Parent(sam)).singleParent(true)
        .child(Child.of(PersonName.of("Tom", "Ünal"), LocalDate.of(2016, 1, 10), SchoolGrade.CE1))
        .employment(EmploymentSituation.RSA).belowPovertyLine(true).build());
    PersonName carer = PersonName.of("Marie", "Dupont");
    caregivers = liens.households().register(COORDINATOR, HouseholdProfile.builder()
        .caregiver(new Caregiver(carer, List.of(
            new CaredForPerson(PersonName.of("Jean", "Dupont"), Relationship.ELDER, Set.of(Condition.DISABILITY, Condition.LONG_ILLNESS)),
            new CaredForPerson(PersonName.of("Lou", "Dupont"), Relationship.CHILD, Set.of(Condition.RARE_ILLNESS)))))
        .employment(EmploymentSituation.SELF_EMPLOYED).territory("30007").build());
    PersonName kim = PersonName.of("Kim", "Nguyen");
    others = liens.households().register(COORDINATOR, HouseholdProfile.builder().parent(new Parent(kim)).build());

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

    // MIP, then a MADI that succeeds it with the same team plus a practitioner (R6)
    today(START);
    Referral mip = liens.referrals().receive(COORDINATOR, ReferralRequest.of(parents.id(), OfferCode.MIP,
        ReferralSource.fieldWorker(departement.id(), PersonName.of("Paul", "Durand")), caf.id(), START,
        ReferralReason.FAMILY_EVENT).underAgreement(AgreementId.of(new UUID(random.nextLong(), random.nextLong()))));
    Accompaniment mipOpen = validate(mip, Consent.of(START, anne, paul), List.of(e1));
    today(START.plusDays(10));
    liens.accompaniments().start(COORDINATOR, mipOpen.id(), START.plusDays(10));
    today(START.plusDays(40));
    liens.accompaniments().recordHomeVisit(COORDINATOR, mipOpen.id(), START.plusDays(11), e1);
    liens.accompaniments().recordRemoteContact(COORDINATOR, mipOpen.id(), START.plusDays(12), e1, RemoteChannel.SMS);
    liens.accompaniments().writeSupportPlan(COORDINATOR, mipOpen.id(),
        new SupportPlan(List.of(anne, paul), START.plusDays(13), List.of(INJECTION, UNICODE, LONG_NOTE)));
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
        new SupportPlan(List.of(carer), START.plusDays(5), List.of("Répit le mercredi")));
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
  }

  /** Writes the casebook into {@code storage}. */
  static Casebook write(Storage storage, long seed) {
    return new Casebook(storage, seed);
  }

  private Accompaniment validate(Referral referral, Consent consent, List<EducatorId> team) {
    liens.referrals().recordConsent(COORDINATOR, referral.id(), consent);
    liens.referrals().assess(COORDINATOR, referral.id(),
        new NeedsAssessment(clock.instant().atZone(clock.getZone()).toLocalDate(), "Besoins évalués avec " + QUOTES));
    return liens.referrals().validate(COORDINATOR, referral.id(), team);
  }

  private void today(LocalDate day) {
    clock.set(day);
  }

  private static EducatorId educator(Random random) {
    return EducatorId.of(new UUID(random.nextLong(), random.nextLong()));
  }

  /** Every accompaniment of the casebook, as last returned by the services. */
  List<Accompaniment> accompaniments() {
    return List.of(mipSucceeded, madiActive, mapaClosed, arcsActive, mipCancelled, mapaValidated);
  }

  List<Household> households() {
    return List.of(parents, singleParent, caregivers, others);
  }

  List<Organisation> organisations() {
    return List.of(departement, caf, school, ccas);
  }
}
