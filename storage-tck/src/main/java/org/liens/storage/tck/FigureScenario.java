package org.liens.storage.tck;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.RemoteChannel;
import org.liens.catalog.ExitReasons;
import org.liens.catalog.OfferCode;
import org.liens.billing.Seller;
import org.liens.figures.FigureCounts;
import org.liens.figures.FigureFilters;
import org.liens.figures.FigureQuery;
import org.liens.figures.FileFact;
import org.liens.figures.HouseholdFact;
import org.liens.household.EmploymentSituation;
import org.liens.household.Child;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.referral.ReferralStatus;
import org.liens.shared.LiensException;
import org.liens.staff.StaffId;
import org.liens.storage.Storage;
import org.liens.storage.tck.FigureReference.Recorded;

/**
 * Random casework for the figures contract (issue 12): households, referrals, validations and rejections, first
 * appointments, backdated contacts, closures and cancellations with exit reasons, household updates, the clock moving
 * on. After every step it reads back what changed and keeps its own log of the figure facts in recorded time, from
 * which {@link FigureReference} computes what every report must say.
 */
final class FigureScenario {
  static final List<String> TERRITORIES = List.of("Gard", "Hérault");
  static final List<String> SIRENS = List.of("775592413", "776960916");
  static final PostalAddress ADDRESS = PostalAddress.of("3 rue Guynemer", "30000", "Nîmes");
  static final Seller SELLER = Seller.of("Au bonheur des liens", ADDRESS, "812345676")
      .withVatExemptionMention("Mention d'exonération (configuration)");
  final FinanceScenario finance;
  final TestClock clock = new TestClock(LocalDate.of(2023, 1, 2));
  final Storage storage;
  final Liens liens;
  final Random random;
  final StaffId educator = StaffId.of(new UUID(8, 11));
  final List<OrganisationId> prescribers = new ArrayList<>();
  final List<OrganisationId> funders = new ArrayList<>();
  final List<Household> households = new ArrayList<>();
  final List<ReferralId> referrals = new ArrayList<>();
  final List<Recorded<FileFact>> files = new ArrayList<>();
  final List<Recorded<HouseholdFact>> householdFacts = new ArrayList<>();
  final List<Instant> instants = new ArrayList<>();
  private final Map<Object, Object> last = new HashMap<>();

  FigureScenario(Storage storage, long seed) {
    this.storage = storage;
    this.random = new Random(seed);
    this.liens = Liens.builder().storage(storage).clock(clock).seller(SELLER).build();
    Staffing.register(liens, World.COORDINATOR, educator);
    for (int i = 0; i < 2; i++) {
      prescribers.add(liens.organisations().register(World.COORDINATOR, "CCAS " + i, OrganisationKind.CCAS).id());
      funders.add(liens.organisations().register(World.COORDINATOR, "CAF " + i, OrganisationKind.CAF, SIRENS.get(i),
          ADDRESS).id());
    }
    this.finance = new FinanceScenario(liens, storage, random, funders);
  }

  /** Runs {@code steps} random steps, logging the facts after each. */
  void run(int steps) {
    for (int i = 0; i < steps; i++) {
      step();
    }
  }

  void step() {
    int dice = random.nextInt(100);
    if (households.isEmpty() || dice < 12) {
      attempt(() -> households.add(liens.households().register(World.COORDINATOR, profile())));
    } else if (referrals.isEmpty() || dice < 35) {
      receive();
    } else if (dice < 42) {
      Household h = households.get(random.nextInt(households.size()));
      attempt(() -> liens.households().update(World.COORDINATOR, h.id(), storage.read(r ->
          r.households().get(h.id())).version(), profile()));
    } else if (dice < 50) {
      clock.advance(Duration.ofHours(1 + random.nextInt(24 * 20)));
    } else if (dice < 68) {
      financeStep();
    } else {
      advance(referrals.get(random.nextInt(referrals.size())));
    }
    log();
  }

  /** A money step on a started accompaniment if one is found in a few draws, else on any accompaniment. */
  private void financeStep() {
    Accompaniment chosen = null;
    for (int i = 0; i < 8 && (chosen == null || chosen.period().isEmpty()); i++) {
      Referral referral = storage.read(r -> r.referrals().get(referrals.get(random.nextInt(referrals.size()))));
      if (referral.accompaniment().isPresent()) {
        chosen = storage.read(r -> r.accompaniments().get(referral.accompaniment().get()));
      }
    }
    if (chosen != null) {
      finance.step(chosen);
    }
  }

  /** {@return a new MIP accompaniment of the second funder, validated and started today, its facts logged} */
  Accompaniment startedNow() {
    Household h = liens.households().register(World.COORDINATOR, profile());
    households.add(h);
    Referral referral = liens.referrals().receive(World.COORDINATOR, ReferralRequest.of(h.id(), OfferCode.MIP,
        ReferralSource.familyRequest(), funders.get(1), clock.today(), ReferralReason.CRISIS));
    referrals.add(referral.id());
    liens.referrals().recordConsent(World.COORDINATOR, referral.id(),
        Consent.of(clock.today(), h.profile().adults().get(0)));
    liens.referrals().assess(World.COORDINATOR, referral.id(), new NeedsAssessment(clock.today(), "Besoins."));
    Accompaniment a = liens.referrals().validate(World.COORDINATOR, referral.id(), List.of(educator));
    Accompaniment started = liens.accompaniments().start(World.COORDINATOR, a.id(), clock.today());
    log();
    return started;
  }

  private void receive() {
    Household h = households.get(random.nextInt(households.size()));
    OfferCode offer = random.nextBoolean() ? OfferCode.MIP : OfferCode.MAPA;
    ReferralSource source = random.nextInt(4) == 0 ? ReferralSource.familyRequest()
        : ReferralSource.fieldWorker(prescribers.get(random.nextInt(2)), World.name("Inès"));
    LocalDate received = clock.today().minusDays(random.nextInt(30));
    int funder = random.nextInt(2);
    ReferralRequest request = ReferralRequest.of(h.id(), offer, source, funders.get(funder), received,
        ReferralReason.CRISIS);
    ReferralRequest asked = funder == 0 && random.nextBoolean() ? request.underAgreement(finance.agreement.id())
        : request;
    attempt(() -> referrals.add(liens.referrals().receive(World.COORDINATOR, asked).id()));
  }

  /** Moves a file one step on its way, or corrects it: what a coordinator does, in a random order. */
  private void advance(ReferralId id) {
    Referral referral = storage.read(r -> r.referrals().get(id));
    LocalDate today = clock.today();
    if (referral.status() == ReferralStatus.RECEIVED || referral.status() == ReferralStatus.ASSESSED) {
      if (random.nextInt(5) == 0) {
        attempt(() -> liens.referrals().reject(World.COORDINATOR, id, "Hors critères"));
        return;
      }
      Household h = storage.read(r -> r.households().get(referral.household()));
      attempt(() -> liens.referrals().recordConsent(World.COORDINATOR, id,
          Consent.of(today, h.profile().adults().get(0))));
      attempt(() -> liens.referrals().assess(World.COORDINATOR, id, new NeedsAssessment(today, "Besoins.")));
      attempt(() -> liens.referrals().validate(World.COORDINATOR, id, List.of(educator)));
      return;
    }
    if (referral.accompaniment().isEmpty()) {
      return;
    }
    AccompanimentId a = referral.accompaniment().get();
    Accompaniment acc = storage.read(r -> r.accompaniments().get(a));
    int dice = random.nextInt(10);
    if (acc.period().isEmpty()) {
      if (dice < 8) {
        attempt(() -> liens.accompaniments().start(World.COORDINATOR, a, today.minusDays(random.nextInt(10))));
      } else {
        attempt(() -> liens.accompaniments().cancel(World.COORDINATOR, a, exitReason(), "Motif", today));
      }
    } else if (dice < 5) {
      LocalDate on = acc.period().get().start().plusDays(random.nextInt(40));
      boolean visit = random.nextBoolean();
      attempt(() -> {
        if (visit) {
          liens.accompaniments().recordHomeVisit(World.COORDINATOR, a, on, educator);
        } else {
          liens.accompaniments().recordRemoteContact(World.COORDINATOR, a, on, educator, RemoteChannel.PHONE);
        }
      });
    } else if (dice < 8) {
      attempt(() -> liens.accompaniments().writeActionReport(World.COORDINATOR, a, today, "Bilan."));
      String reason = exitReason();
      attempt(() -> {
        if (reason.equals("OTHER")) {
          liens.accompaniments().close(World.COORDINATOR, a, today);
        } else {
          liens.accompaniments().close(World.COORDINATOR, a, reason, today);
        }
      });
    } else {
      attempt(() -> liens.accompaniments().cancel(World.COORDINATOR, a, exitReason(), "Motif", today));
    }
  }

  private String exitReason() {
    List<String> codes = ExitReasons.standard().codes();
    return codes.get(random.nextInt(codes.size()));
  }

  private HouseholdProfile profile() {
    HouseholdProfile.Builder b = HouseholdProfile.builder().parent(new Parent(World.name("Anne")))
        .singleParent(random.nextBoolean())
        .employment(EmploymentSituation.values()[random.nextInt(EmploymentSituation.values().length)])
        .belowPovertyLine(random.nextInt(3) == 0);
    if (random.nextInt(3) > 0) {
      b.territory(TERRITORIES.get(random.nextInt(TERRITORIES.size())));
    }
    for (int c = random.nextInt(4); c > 0; c--) {
      b.child(Child.of(World.name("Léo"), LocalDate.of(2015, 3, c), org.liens.household.SchoolGrade.CE2));
    }
    return b.build();
  }

  private static void attempt(Runnable call) {
    try {
      call.run();
    } catch (LiensException refused) {
      // a refusal changes nothing: the log sees no new fact
    }
  }

  /** Reads back every file and household and logs the facts that changed, at the instant the change was made. */
  void log() {
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    storage.read(r -> {
      for (Household known : households) {
        remember(HouseholdFact.of(r.households().get(known.id())), known.id(), now, householdFacts);
      }
      for (ReferralId id : referrals) {
        Referral referral = r.referrals().get(id);
        FileFact fact = FileFact.ownFact(referral) ? FileFact.of(referral)
            : FileFact.of(r.accompaniments().get(referral.accompaniment().get()));
        remember(fact, id, now, files);
      }
      finance.log(r, now);
      return null;
    });
    instants.add(now);
  }

  private <F> void remember(F fact, Object key, Instant now, List<Recorded<F>> log) {
    if (!fact.equals(last.get(key))) {
      last.put(key, fact);
      log.add(new Recorded<>(fact, now));
    }
  }

  /** {@return what every report of {@code query} must count: the brute-force computation over the facts logged} */
  FigureCounts expected(FigureQuery query) {
    FigureCounts counts = FigureReference.compute(files, householdFacts, query);
    Map<String, Long> all = new HashMap<>(counts.counts());
    all.putAll(FinanceReference.compute(finance.money, finance.agreements, finance.places, householdFacts, query));
    return new FigureCounts(all, counts.distributions());
  }

  /** {@return a random query over the scenario's period, filters and knowledge instants} */
  FigureQuery query() {
    LocalDate from = LocalDate.of(2022, 12, 1).plusDays(random.nextInt(60));
    LocalDate to = from.plusDays(random.nextInt(200));
    FigureFilters filters = FigureFilters.NONE;
    int dice = random.nextInt(6);
    if (dice == 1) {
      filters = filters.withPrescriber(prescribers.get(random.nextInt(2)));
    } else if (dice == 2) {
      filters = filters.withFunder(funders.get(random.nextInt(2))).withOffer(OfferCode.MIP);
    } else if (dice == 3) {
      filters = filters.withTerritory(TERRITORIES.get(random.nextInt(2)));
    }
    Instant knownAt = instants.isEmpty() || random.nextBoolean() ? clock.instant()
        : instants.get(random.nextInt(instants.size()));
    return new FigureQuery(from, to, filters, knownAt);
  }
}
