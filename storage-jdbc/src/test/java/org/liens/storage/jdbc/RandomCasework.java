package org.liens.storage.jdbc;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;
import org.liens.storage.tck.Staffing;
import org.liens.accompaniment.RemoteChannel;
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
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.LiensException;
import org.liens.shared.PersonName;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;
import org.liens.storage.tck.Casebook;
import org.liens.storage.tck.TestClock;

/**
 * Random casework through the application services: each move is a number that picks a use case and its
 * arguments among what exists so far. Played on two storages with the same moves and seed, it must give the same
 * outcome for every move (result or error code) and leave the same answers to every query.
 */
final class RandomCasework {
  private static final OfferCode[] OFFERS = {OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA, OfferCode.ARCS};
  private static final int ACTIONS = 17;

  private final Liens liens;
  private final TestClock clock;
  private final Storage storage;
  private LocalDate today = LocalDate.of(2023, 8, 31);
  private final List<OrganisationId> organisations = new ArrayList<>();
  private final List<HouseholdId> households = new ArrayList<>();
  private final List<ReferralId> referrals = new ArrayList<>();
  private final List<AccompanimentId> accompaniments = new ArrayList<>();
  private final List<StaffId> educators = new ArrayList<>();
  private final OrganisationId employer;
  /** The outcome of every move, in order. */
  final List<String> outcomes = new ArrayList<>();

  private RandomCasework(Storage storage, long seed) {
    Random random = new Random(seed);
    this.storage = storage;
    this.clock = new TestClock(today);
    Supplier<UUID> ids = () -> new UUID(random.nextLong(), random.nextLong());
    this.liens = Liens.builder().storage(storage).clock(clock).ids(ids).build();
    for (int i = 0; i < 4; i++) {
      educators.add(StaffId.of(ids.get()));
    }
    // the last educator leaves at the end of 2023: teams and contacts after that refuse it on every adapter
    employer = Staffing.register(liens, Casebook.COORDINATOR, educators);
    StaffMember leaving = liens.staff().get(Casebook.COORDINATOR, educators.get(3));
    liens.staff().endActivity(Casebook.COORDINATOR, leaving.id(), leaving.version(), LocalDate.of(2023, 12, 31));
  }

  /**
   * Plays {@code moves} after a fixed opening: two organisations, households of the three shapes, and a referral
   * of each offer taken to validation, so that random moves find accompaniments to work on.
   */
  static RandomCasework play(Storage storage, long seed, List<Integer> moves) {
    RandomCasework work = new RandomCasework(storage, seed);
    for (int move : List.of(0, ACTIONS, 1, ACTIONS + 1, 2 * ACTIONS + 1)) {
      work.outcomes.add(work.move(move));
    }
    work.outcomes.add(work.attempt(() -> work.receive(OfferCode.MIP, 0, 1, 0, ReferralReason.FAMILY_EVENT)));
    work.outcomes.add(work.attempt(() -> work.advance(work.referrals.size() - 1, 0)));
    work.outcomes.add(work.attempt(() -> work.receive(OfferCode.MADI, 1, 0, 1, ReferralReason.ACUTE_CRISIS)));
    work.outcomes.add(work.attempt(() -> work.advance(work.referrals.size() - 1, 3)));
    work.outcomes.add(work.attempt(() -> work.receive(OfferCode.MAPA, 2, 1, 1, ReferralReason.CAREGIVER_CRISIS)));
    work.outcomes.add(work.attempt(() -> work.advance(work.referrals.size() - 1, 1)));
    work.outcomes.add(work.attempt(() -> work.receive(OfferCode.ARCS, 0, 2, 0, ReferralReason.SCHOOL_DIFFICULTIES)));
    work.outcomes.add(work.attempt(() -> work.advance(work.referrals.size() - 1, 2)));
    for (int move : moves) {
      work.outcomes.add(work.move(move));
    }
    return work;
  }

  private String move(int move) {
    int action = move % ACTIONS;
    int arg = move / ACTIONS;
    return action + " " + attempt(() -> apply(action, arg));
  }

  /** "ok" and the result, or the exception's class and code. */
  private String attempt(Supplier<Object> work) {
    try {
      return "ok " + work.get();
    } catch (LiensException e) {
      return e.getClass().getSimpleName() + " " + e.code();
    }
  }

  private Object apply(int action, int arg) {
    var coordinator = Casebook.COORDINATOR;
    switch (action) {
      case 0 -> {
        OrganisationKind kind = OrganisationKind.values()[arg % OrganisationKind.values().length];
        Organisation o = liens.organisations().register(coordinator, "Org " + (arg % 7) + " " + Casebook.UNICODE, kind);
        organisations.add(o.id());
        return o.version();
      }
      case 1 -> {
        Household h = liens.households().register(coordinator, profile(arg));
        households.add(h.id());
        return h.version();
      }
      case 2 -> {
        if (households.isEmpty() || organisations.isEmpty()) {
          return "skip";
        }
        return receive(OFFERS[arg % 4], arg / 4, arg % 3, arg / 5,
            ReferralReason.values()[arg % ReferralReason.values().length]);
      }
      case 3 -> {
        return referrals.isEmpty() ? "skip" : advance(arg, arg);
      }
      case 4 -> {
        if (referrals.isEmpty()) {
          return "skip";
        }
        return liens.referrals().assess(coordinator, pick(referrals, arg), new NeedsAssessment(today, "besoins " + arg))
            .status();
      }
      case 5 -> {
        if (referrals.isEmpty()) {
          return "skip";
        }
        List<StaffId> team = arg % 3 == 0 ? List.of(pick(educators, arg), pick(educators, arg + 1))
            : List.of(pick(educators, arg));
        Accompaniment a = liens.referrals().validate(coordinator, pick(referrals, arg / 2), team);
        accompaniments.add(a.id());
        return a.status();
      }
      case 6 -> {
        if (referrals.isEmpty()) {
          return "skip";
        }
        return liens.referrals().reject(coordinator, pick(referrals, arg), "motif " + Casebook.QUOTES).status();
      }
      case 7 -> {
        return accompaniment(arg, a -> liens.accompaniments().start(coordinator, a.id(), today.minusDays(arg % 3)));
      }
      case 8 -> {
        return accompaniment(arg, a -> {
          StaffId educator = pick(a.team(), arg);
          LocalDate date = today.minusDays(arg % 4);
          return switch (arg % 3) {
            case 0 -> liens.accompaniments().recordHomeVisit(coordinator, a.id(), date, educator);
            case 1 -> liens.accompaniments().recordRemoteContact(coordinator, a.id(), date, educator,
                RemoteChannel.values()[arg % RemoteChannel.values().length]);
            default -> liens.accompaniments().recordWorkshopSession(coordinator, a.id(), date, educator,
                Duration.ofMinutes(30 + arg % 200));
          };
        });
      }
      case 9 -> {
        return accompaniment(arg, a -> {
          HouseholdProfile profile = liens.households().get(coordinator, a.household()).profile();
          List<PersonId> holders = profile.adults().subList(0, 1);
          return liens.accompaniments().writeSupportPlan(coordinator, a.id(),
              new SupportPlan(today, holders, List.of("action " + arg)));
        });
      }
      case 10 -> {
        return accompaniment(arg, a -> liens.accompaniments().drawEmtMap(coordinator, a.id(),
            new EmtMap(today, List.of("e"), List.of("m"), List.of("t " + arg))));
      }
      case 11 -> {
        return accompaniment(arg, a -> liens.accompaniments().writeActionReport(coordinator, a.id(), today,
            "conclusions " + arg));
      }
      case 12 -> {
        return accompaniment(arg, a -> liens.accompaniments().close(coordinator, a.id(), today));
      }
      case 13 -> {
        return accompaniment(arg, a -> liens.accompaniments().cancel(coordinator, a.id(), "annulé", today));
      }
      case 14 -> {
        return accompaniment(arg, a -> liens.accompaniments().moveFirstAppointment(coordinator, a.id(),
            today.minusDays(arg % 6)));
      }
      case 15 -> {
        return accompaniment(arg, a -> liens.accompaniments().changeTeam(coordinator, a.id(),
            List.of(pick(educators, arg + 2))));
      }
      default -> {
        today = today.plusDays(1 + arg % 90);
        clock.set(today);
        return today;
      }
    }
  }

  /** Receives a referral; a MADI succeeds the household's first open MIP when it has one. */
  private Object receive(OfferCode offer, int household, int channel, int funder, ReferralReason reason) {
    HouseholdId h = pick(households, household);
    OrganisationId org = pick(organisations, household + channel);
    ReferralSource source = switch (channel) {
      case 0 -> ReferralSource.familyRequest();
      case 1 -> ReferralSource.fieldWorker(org, PersonName.of("Field", "Worker"));
      default -> ReferralSource.institutionOrder(org);
    };
    Optional<AccompanimentId> succeeds = Optional.empty();
    if (offer.equals(OfferCode.MADI)) {
      succeeds = liens.caseload().all(Casebook.COORDINATOR).stream()
          .filter(e -> e.household().equals(h) && e.offer().equals(OfferCode.MIP))
          .map(e -> e.accompaniment()).findFirst();
    }
    Referral r = liens.referrals().receive(Casebook.COORDINATOR, new ReferralRequest(h, offer, source,
        pick(organisations, funder), today.minusDays(household % 3), EnumSet.of(reason), succeeds,
        Optional.empty()));
    referrals.add(r.id());
    return r.status();
  }

  /** The consent of the requesters, the assessment and the validation of a referral: three use cases. */
  private Object advance(int referral, int teamChoice) {
    ReferralId id = pick(referrals, referral);
    Referral r = liens.referrals().get(Casebook.COORDINATOR, id);
    HouseholdProfile profile = liens.households().get(Casebook.COORDINATOR, r.household()).profile();
    List<PersonId> requesters = r.offer().equals(OfferCode.MAPA)
        ? profile.caregivers().stream().map(Caregiver::id).toList()
        : profile.parents().stream().map(Parent::id).toList();
    List<String> steps = new ArrayList<>();
    steps.add(attempt(() -> liens.referrals().recordConsent(Casebook.COORDINATOR, id,
        Consent.of(today, (requesters.isEmpty() ? profile.adults() : requesters).toArray(PersonId[]::new))).status()));
    steps.add(attempt(() -> liens.referrals().assess(Casebook.COORDINATOR, id, new NeedsAssessment(today, "besoins"))
        .status()));
    steps.add(attempt(() -> {
      List<StaffId> team = r.offer().equals(OfferCode.MADI) && teamChoice % 2 == 1
          ? List.of(pick(educators, teamChoice), pick(educators, teamChoice + 1))
          : List.of(pick(educators, teamChoice));
      Accompaniment a = liens.referrals().validate(Casebook.COORDINATOR, id, team);
      accompaniments.add(a.id());
      return a.status();
    }));
    return String.join(" / ", steps);
  }

  private Object accompaniment(int arg, Function<Accompaniment, Accompaniment> change) {
    if (accompaniments.isEmpty()) {
      return "skip";
    }
    Accompaniment a = liens.accompaniments().get(Casebook.COORDINATOR, pick(accompaniments, arg));
    Accompaniment after = change.apply(a);
    return after.status() + " v" + after.version();
  }

  private static <T> T pick(List<T> values, int index) {
    return values.get(Math.floorMod(index, values.size()));
  }

  private static HouseholdProfile profile(int arg) {
    HouseholdProfile.Builder b = HouseholdProfile.builder()
        .employment(EmploymentSituation.values()[arg % EmploymentSituation.values().length])
        .belowPovertyLine(arg % 2 == 0);
    switch (arg % 3) {
      case 0 -> b.parent(new Parent(person(arg, 1), PersonName.of("Anne", "A" + arg)))
          .parent(new Parent(person(arg, 2), PersonName.of("Paul", "A" + arg)));
      case 1 -> b.parent(new Parent(person(arg, 1), PersonName.of("Sam", "S" + arg))).singleParent(true);
      default -> b.caregiver(new Caregiver(person(arg, 1), PersonName.of("Marie", "C" + arg), List.of(
          new CaredForPerson(person(arg, 2), PersonName.of("Jean", "C" + arg), Relationship.ELDER,
          arg % 4 == 0 ? Set.of() : Set.of(Condition.values()[arg % 3])))));
    }
    if (arg % 4 != 3) {
      b.child(new Child(person(arg, 3), PersonName.of("Léa", "E" + arg), LocalDate.of(2010 + arg % 12, 1 + arg % 12, 1),
          Optional.of(SchoolGrade.values()[arg % SchoolGrade.values().length])));
    }
    return b.build();
  }

  /** The same person id for the same household argument on every storage, so that the answers compare. */
  private static PersonId person(int arg, int which) {
    return PersonId.of(new UUID(0x7e0915L + arg, which));
  }

  /** Every query of the ports, asked for everything the casework created, with the answers in order. */
  Map<String, Object> answers() {
    return storage.read((Repositories r) -> {
      Map<String, Object> answers = new LinkedHashMap<>();
      answers.put("organisations", r.organisations().all());
      for (HouseholdId h : households) {
        answers.put("household " + h, r.households().find(h));
        answers.put("referrals of " + h, r.referrals().ofHousehold(h));
        answers.put("accompaniments of " + h, r.accompaniments().ofHousehold(h));
      }
      for (ReferralId id : referrals) {
        answers.put("referral " + id, r.referrals().find(id));
      }
      for (AccompanimentId id : accompaniments) {
        answers.put("accompaniment " + id, r.accompaniments().find(id));
        answers.put("contacts of " + id, r.accompaniments().contactsOf(id));
      }
      answers.put("open", r.accompaniments().open());
      for (OrganisationId o : organisations) {
        answers.put("prescriber " + o, r.accompaniments().openOfPrescriber(o));
        answers.put("funder " + o, r.accompaniments().openOfFunder(o));
      }
      for (StaffId e : educators) {
        answers.put("educator " + e, r.accompaniments().openOfEducator(e));
      }
      LocalDate from = LocalDate.of(2023, 8, 1);
      for (int days = 0; days < 720; days += 45) {
        answers.put("ending from " + days, r.accompaniments().endingBetween(from.plusDays(days), from.plusDays(days + 120)));
      }
      answers.put("events", r.outbox().pending(100_000));
      answers.put("staff", r.staff().ofOrganisation(employer));
      return answers;
    });
  }

  int accompanimentCount() {
    return accompaniments.size();
  }
}
