package org.liens.storage.tck;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.staff.StaffId;
import org.liens.accompaniment.RemoteChannel;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
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
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.pricing.Money;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whole lives of households run through the public services with distinctive marker values in every personal
 * field — names, birth dates, a rare illness, every free text (assessment, DIA, EMT map, action report, rejection,
 * cancellation and credit reasons), organisation names and addresses — plus refused calls of every kind (bad input,
 * illegal transitions, rule violations, unknown ids). It keeps every exception the refused calls threw. Like a
 * careless host, it logs at DEBUG every value the services return and at TRACE every event delivered to its
 * listener, through the logger {@link #HOST_LOGGER}.
 */
public final class PersonalDataScenario {
  /** The logger through which the scenario, as a host, logs what Liens returns. */
  public static final String HOST_LOGGER = "host.application";

  private static final Logger HOST = LoggerFactory.getLogger(HOST_LOGGER);
  private static final Actor COORDINATOR = Actor.of("coordinator-7", Role.COORDINATOR);

  static final PersonName MOTHER = PersonName.of("Zoé-Marker", "Qwertyuiop");
  static final PersonName FATHER = PersonName.of("Yanis-Marker", "Asdfghjkl");
  static final PersonName CHILD = PersonName.of("Lou-Marker", "Zxcvbnmwq");
  static final PersonName TODDLER = PersonName.of("Eliott-Marker", "Wxcvbnqsd");
  static final PersonName CAREGIVER = PersonName.of("Maëlle-Marker", "Poiuytreza");
  static final PersonName CARED_FOR = PersonName.of("Gaspard-Marker", "Mlkjhgfdsq");
  static final PersonName FIELD_WORKER = PersonName.of("Hervé-Marker", "Lkjhgfdsaz");
  static final PersonName STRANGER = PersonName.of("Intrus-Marker", "Bnmhjklpoi");
  static final LocalDate CHILD_BORN = LocalDate.of(2011, 3, 17);
  static final LocalDate TODDLER_BORN = LocalDate.of(2021, 7, 9);
  static final String ASSESSMENT = "Marker-assessment: angoisses nocturnes depuis le placement du frère";
  static final String DIA_ACTION = "Marker-DIA: rituel du coucher avec Qwertyuiop";
  static final String EMT_STAKE = "Marker-EMT-enjeu: restaurer la confiance";
  static final String EMT_MISSION = "Marker-EMT-mission: soutenir la mère seule";
  static final String EMT_WORK = "Marker-EMT-travail: agenda partagé";
  static final String REPORT = "Marker-report: apaisement durable, relais vers le CMPP";
  static final String REJECTION = "Marker-reject: relève d'une information préoccupante";
  static final String CANCELLATION = "Marker-cancel: l'aidante a déménagé à Tulle";
  static final String CREDIT_REASON = "Marker-credit: erreur de nom sur la facture";
  static final String PRESCRIBER_NAME = "CCAS Marker-Orgprescr";
  static final String FUNDER_NAME = "Département Marker-Orgfunder";
  static final String STREET = "12 rue Marker-Street";
  static final String CITY = "Marker-Ville";

  /**
   * The personal data of the scenario, which must never reach a log line, an exception message, nor the
   * {@code toString()} of anything Liens returns: names, birth dates in every usual format, the health condition,
   * every free text, and the distinctive prefix of each free text should a message quote it cut or reworded.
   *
   * @return those values, each as the scenario wrote it
   */
  public static List<String> personalData() {
    List<String> values = new ArrayList<>();
    for (PersonName name : List.of(MOTHER, FATHER, CHILD, TODDLER, CAREGIVER, CARED_FOR, FIELD_WORKER, STRANGER)) {
      values.add(name.given());
      values.add(name.family());
    }
    for (LocalDate date : List.of(CHILD_BORN, TODDLER_BORN)) {
      values.add(date.toString());
      values.add(date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      values.add(date.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
      values.add(date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
      values.add(date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)));
      values.add(date.format(DateTimeFormatter.ofPattern("yyyyMMdd")));
    }
    values.add(Condition.RARE_ILLNESS.name());
    values.addAll(List.of(ASSESSMENT, DIA_ACTION, EMT_STAKE, EMT_MISSION, EMT_WORK, REPORT, REJECTION, CANCELLATION,
        CREDIT_REASON));
    values.addAll(List.of("Marker-assessment", "Marker-DIA", "Marker-EMT", "Marker-report", "Marker-reject",
        "Marker-cancel", "Marker-credit", "Marker-SIREN"));
    return List.copyOf(values);
  }

  /**
   * The names and addresses of the organisations (legal persons, printed on every invoice): they may appear in
   * what Liens returns (an {@code Organisation}, an invoice's client), but never in Liens's own log lines nor in an
   * exception message.
   *
   * @return those values
   */
  public static List<String> organisationDetails() {
    return List.of(PRESCRIBER_NAME, FUNDER_NAME, STREET, CITY, "Marker-Org", "Marker-Street", "Marker-Ville");
  }

  private final TestClock clock = new TestClock(LocalDate.of(2023, 9, 4));
  private final List<RuntimeException> refusals = new ArrayList<>();
  private final List<String> refusedCalls = new ArrayList<>();
  private final Liens liens;
  private final StaffId lea = StaffId.of(new UUID(7, 11));
  private final StaffId practitioner = StaffId.of(new UUID(7, 12));

  private PersonalDataScenario(Storage storage) {
    this.liens = Liens.builder()
        .storage(storage)
        .clock(clock)
        .seller(Seller.of("Au bonheur des liens", PostalAddress.of("1 place aux Herbes", "30700", "Uzès"), "812345676")
            .withVatExemptionMention("TVA non applicable (mention de test)"))
        .listener(event -> HOST.trace("event delivered: {}", event))
        .listener(event -> {
          // a host listener that fails on purpose, so that Liens logs its failure
          if (event.type().equals("ReferralRejected")) {
            throw new IllegalStateException("host listener failed on purpose");
          }
        })
        .build();
  }

  /**
   * Runs every use case on {@code storage}, which must be empty, and keeps the exceptions of the refused calls.
   *
   * @param storage an empty storage
   * @return the scenario run, with the refused calls' exceptions ({@link #refusals()})
   */
  public static PersonalDataScenario runOn(Storage storage) {
    PersonalDataScenario scenario = new PersonalDataScenario(storage);
    scenario.run();
    return scenario;
  }

  /** {@return the exceptions thrown by the refused calls, one per call, in order} */
  public List<RuntimeException> refusals() {
    return List.copyOf(refusals);
  }

  /** {@return the labels of the refused calls, in the order of {@link #refusals()}} */
  public List<String> refusedCalls() {
    return List.copyOf(refusedCalls);
  }

  private <T> T logged(T value) {
    HOST.debug("Liens returned {}", value);
    return value;
  }

  private void refused(String label, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      HOST.warn("Liens refused {}: {}", label, e.getMessage(), e);
      refusals.add(e);
      refusedCalls.add(label);
      return;
    }
    throw new AssertionError("the call was accepted, the scenario expected a refusal: " + label);
  }

  private void run() {
    Actor a = COORDINATOR;
    Staffing.register(liens, a, lea, practitioner);
    Organisation prescriber = logged(liens.organisations().register(a, PRESCRIBER_NAME, OrganisationKind.CCAS,
        "263000267", new PostalAddress(List.of(STREET, "Bâtiment Marker-Street"), "30700",
            CITY)));
    Organisation funder = logged(liens.organisations().register(a, FUNDER_NAME, OrganisationKind.DEPARTEMENT,
        "223000019", PostalAddress.of(STREET, "30044", CITY)));

    Parent mother = new Parent(MOTHER);
    Parent father = new Parent(FATHER);
    Child child = Child.of(CHILD, CHILD_BORN, SchoolGrade.CINQUIEME);
    Caregiver caregiver = new Caregiver(CAREGIVER, List.of(new CaredForPerson(CARED_FOR, Relationship.SPOUSE,
        Set.of(Condition.RARE_ILLNESS))));
    PersonId stranger = PersonId.random();
    HouseholdProfile family = HouseholdProfile.builder()
        .parent(mother)
        .parent(father)
        .child(child)
        .child(new Child(TODDLER, TODDLER_BORN))
        .employment(EmploymentSituation.RSA)
        .belowPovertyLine(true)
        .territory("30334")
        .build();
    Household household = logged(liens.households().register(a, family));
    household = logged(liens.households().update(a, household.id(), household.version(), family));
    Household caregivers = logged(liens.households().register(a, HouseholdProfile.builder()
        .caregiver(caregiver)
        .employment(EmploymentSituation.EMPLOYED)
        .build()));

    // refer, consent, assess, validate, start, contacts, documents, close
    Referral referral = logged(liens.referrals().receive(a, ReferralRequest.of(household.id(), OfferCode.MIP,
        ReferralSource.fieldWorker(prescriber.id(), FIELD_WORKER), funder.id(), clock.today(),
        ReferralReason.FAMILY_EVENT)));
    logged(liens.referrals().eligibility(a, referral.id()));
    refused("validate without consent", () -> liens.referrals().validate(a, referral.id(), List.of(lea)));
    logged(liens.referrals().recordConsent(a, referral.id(), Consent.of(clock.today(), mother.id(), father.id())));
    logged(liens.referrals().assess(a, referral.id(), new NeedsAssessment(clock.today(), ASSESSMENT)));
    refused("validate with staff nobody registered",
        () -> liens.referrals().validate(a, referral.id(), List.of(StaffId.of(new UUID(7, 13)))));
    refused("resolve an actor who is no staff member", () -> liens.staff().resolve(a));
    Accompaniment mip = logged(liens.referrals().validate(a, referral.id(), List.of(lea)));
    refused("reject a validated referral", () -> liens.referrals().reject(a, referral.id(), REJECTION));

    clock.set(LocalDate.of(2023, 9, 15));
    mip = logged(liens.accompaniments().start(a, mip.id(), clock.today()));
    AccompanimentId mipId = mip.id();
    logged(liens.accompaniments().recordHomeVisit(a, mipId, clock.today(), lea));
    refused("contact before the first appointment",
        () -> liens.accompaniments().recordHomeVisit(a, mipId, LocalDate.of(2023, 9, 1), lea));
    refused("contact by an educator not on the team",
        () -> liens.accompaniments().recordRemoteContact(a, mipId, clock.today(), practitioner, RemoteChannel.SMS));
    refused("DIA in the name of a stranger", () -> liens.accompaniments().writeSupportPlan(a, mipId,
        new SupportPlan(clock.today(), List.of(mother.id(), stranger), List.of(DIA_ACTION))));
    refused("DIA in the name of a child", () -> liens.accompaniments().writeSupportPlan(a, mipId,
        new SupportPlan(clock.today(), List.of(child.id()), List.of(DIA_ACTION))));
    logged(liens.accompaniments().writeSupportPlan(a, mipId,
        new SupportPlan(clock.today(), List.of(mother.id()), List.of(DIA_ACTION))));
    refused("EMT map without stakes", () -> liens.accompaniments().drawEmtMap(a, mipId,
        new EmtMap(clock.today(), List.of(), List.of(EMT_MISSION), List.of(EMT_WORK))));
    logged(liens.accompaniments().drawEmtMap(a, mipId,
        new EmtMap(clock.today(), List.of(EMT_STAKE), List.of(EMT_MISSION), List.of(EMT_WORK))));
    clock.set(LocalDate.of(2023, 10, 16));
    logged(liens.accompaniments().recordHomeVisit(a, mipId, clock.today(), lea));
    logged(liens.accompaniments().recordRemoteContact(a, mipId, clock.today(), lea, RemoteChannel.PHONE));
    logged(liens.accompaniments().progress(a, mipId, clock.today()));
    logged(liens.caseload().ofPrescriber(a, prescriber.id()));
    refused("close without an action report", () -> liens.accompaniments().close(a, mipId, clock.today()));
    refused("action report in the future", () -> liens.accompaniments().writeActionReport(a, mipId,
        clock.today().plusDays(3), REPORT));
    clock.set(LocalDate.of(2024, 3, 14));
    logged(liens.accompaniments().writeActionReport(a, mipId, clock.today(), REPORT));
    logged(liens.accompaniments().close(a, mipId, clock.today()));
    refused("cancel a closed accompaniment", () -> liens.accompaniments().cancel(a, mipId, CANCELLATION,
        clock.today()));

    // invoice and credit
    for (Invoice draft : logged(liens.billing().prepare(a, mipId))) {
      Invoice invoice = logged(liens.billing().issue(a, draft.id()));
      refused("credit more than the invoice", () -> liens.billing().credit(a, invoice.id(),
          invoice.total().plus(Money.euros(1)), CREDIT_REASON));
      CreditNote note = logged(liens.billing().credit(a, invoice.id(), Money.euros(100), CREDIT_REASON));
      logged(liens.billing().creditNotesOf(a, invoice.id()));
      refused("discard an issued invoice", () -> liens.billing().discard(a, invoice.id()));
      logged(note);
    }
    refused("bill a closed module twice", () -> liens.billing().prepare(a, mipId));

    // a MAPA cancelled before its first appointment, a referral rejected
    Referral mapa = logged(liens.referrals().receive(a, ReferralRequest.of(caregivers.id(), OfferCode.MAPA,
        ReferralSource.fieldWorker(prescriber.id(), FIELD_WORKER), funder.id(), clock.today(),
        ReferralReason.CAREGIVER_CRISIS)));
    refused("consent by a stranger", () -> liens.referrals().validate(a,
        liens.referrals().recordConsent(a, mapa.id(), Consent.of(clock.today(), stranger)).id(), List.of(lea)));
    logged(liens.referrals().recordConsent(a, mapa.id(), Consent.of(clock.today(), caregiver.id())));
    logged(liens.referrals().assess(a, mapa.id(), new NeedsAssessment(clock.today(), ASSESSMENT)));
    refused("MAPA with two educators", () -> liens.referrals().validate(a, mapa.id(), List.of(lea, practitioner)));
    Accompaniment cancelled = logged(liens.referrals().validate(a, mapa.id(), List.of(lea)));
    logged(liens.accompaniments().cancel(a, cancelled.id(), CANCELLATION, clock.today()));
    refused("start a cancelled accompaniment", () -> liens.accompaniments().start(a, cancelled.id(), clock.today()));
    Referral toReject = logged(liens.referrals().receive(a, ReferralRequest.of(household.id(), OfferCode.MADI,
        ReferralSource.fieldWorker(prescriber.id(), FIELD_WORKER), funder.id(), clock.today(),
        ReferralReason.CRISIS)));
    refused("reject with a blank reason", () -> liens.referrals().reject(a, toReject.id(), "   "));
    logged(liens.referrals().reject(a, toReject.id(), REJECTION));
    refused("reject twice", () -> liens.referrals().reject(a, toReject.id(), REJECTION));

    // bad input and unknown ids
    Household stored = household;
    refused("three parents", () -> liens.households().register(a, HouseholdProfile.builder()
        .parent(new Parent(MOTHER)).parent(new Parent(FATHER)).parent(new Parent(STRANGER))
        .employment(EmploymentSituation.RSA).build()));
    refused("single parent with two parents", () -> liens.households().register(a, HouseholdProfile.builder()
        .parent(new Parent(MOTHER)).parent(new Parent(FATHER)).singleParent(true)
        .employment(EmploymentSituation.RSA).build()));
    refused("blank family name", () -> PersonName.of(MOTHER.given(), " "));
    refused("child without a birth date", () -> Child.of(CHILD, null, SchoolGrade.CP));
    refused("stale household update", () -> liens.households().update(a, stored.id(), stored.version() - 1,
        family));
    refused("organisation with a malformed SIREN", () -> liens.organisations().register(a, PRESCRIBER_NAME,
        OrganisationKind.CCAS, "Marker-SIREN", PostalAddress.of(STREET, "30044", CITY)));
    refused("organisation with a blank name", () -> liens.organisations().register(a, " ", OrganisationKind.CCAS));
    refused("blank territory", () -> HouseholdProfile.builder()
        .parent(new Parent(MOTHER)).employment(EmploymentSituation.RSA).territory(" ").build());
    refused("unknown referral", () -> liens.referrals().get(a, ReferralId.of(new UUID(99, 99))));
    refused("unknown accompaniment", () -> liens.accompaniments().writeActionReport(a,
        AccompanimentId.of(new UUID(99, 98)), clock.today(), REPORT));
    refused("referral of an unknown household", () -> liens.referrals().receive(a, ReferralRequest.of(
        HouseholdId.of(new UUID(99, 97)), OfferCode.MIP,
        ReferralSource.fieldWorker(prescriber.id(), FIELD_WORKER), funder.id(), clock.today(),
        ReferralReason.FAMILY_EVENT)));
  }
}
