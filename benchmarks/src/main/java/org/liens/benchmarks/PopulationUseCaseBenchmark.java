package org.liens.benchmarks;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.catalog.OfferCode;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.staff.StaffId;
import org.liens.storage.Storage;
import org.liens.storage.memory.InMemoryStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 13, target 7: the per-call cost of use cases through the services with 10 k, 100 k or 1 M accompaniments
 * already stored (a generated {@link Population}: about ten contacts each), in memory or on PostgreSQL (loaded
 * with the {@code COPY} import); flat means the call at 1 M costs what it costs at 10 k. {@link #recordHomeVisit}
 * records a home visit on one of up to 10,000 accompaniments open on the population's day, in turn;
 * {@link #chain} registers a household and takes it through referral, consent, assessment, validation, the first
 * appointment and seven home visits (the invoice left out: it needs a seller and a numbering the population does
 * not configure).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx10g"})
public class PopulationUseCaseBenchmark extends BenchmarkSettings {
  private static final int TARGETS = 10_000;

  @Param({"10000", "100000", "1000000"})
  public int accompaniments;

  @Param({"memory", "postgresql"})
  public String storage;

  Liens liens;
  PopulationDatabase db;
  final Actor actor = Actor.of("bench", Role.COORDINATOR);
  final List<AccompanimentId> targets = new ArrayList<>();
  final List<StaffId> educators = new ArrayList<>();
  List<OrganisationId> prescribers;
  OrganisationId funder;
  int next;

  @Setup(Level.Trial)
  public void setUp() {
    Population population = PopulationGenerator.generate(2023, accompaniments);
    Storage store;
    if (storage.equals("memory")) {
      store = new InMemoryStorage();
      PopulationLoad.save(population, store);
    } else {
      db = PopulationDatabase.create(storage);
      PopulationLoad.bulkImport(population, db.storage, true);
      store = db.storage;
    }
    liens = Liens.builder().storage(store)
        .clock(Clock.fixed(PopulationGenerator.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
    for (Accompaniment a : population.accompaniments()) {
      if (targets.size() < TARGETS && a.status() == AccompanimentStatus.ACTIVE
          && a.period().orElseThrow().contains(PopulationGenerator.TODAY)) {
        targets.add(a.id());
        educators.add(a.team().get(0));
      }
    }
    prescribers = population.prescribers();
    funder = population.organisations().get(1).id();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (db != null) {
      db.close();
    }
  }

  /** {@return the accompaniment with its new home visit} */
  @Benchmark
  public Accompaniment recordHomeVisit() {
    int i = next++ % targets.size();
    return liens.accompaniments().recordHomeVisit(actor, targets.get(i), PopulationGenerator.TODAY, educators.get(i));
  }

  /** {@return the accompaniment after the first appointment and seven home visits} */
  @Benchmark
  @org.openjdk.jmh.annotations.OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Accompaniment chain() {
    int i = next++;
    Parent parent = new Parent(PersonName.of("Anne", "Martin"));
    Household household = liens.households().register(actor, HouseholdProfile.builder().parent(parent)
        .child(new org.liens.household.Child(PersonName.of("Léo", "Martin"), PopulationGenerator.TODAY.minusYears(4)))
        .build());
    OrganisationId prescriber = prescribers.get(i % prescribers.size());
    Referral referral = liens.referrals().receive(actor, ReferralRequest.of(household.id(), OfferCode.MIP,
        ReferralSource.fieldWorker(prescriber, PersonName.of("Paul", "Durand")), funder, PopulationGenerator.TODAY,
        ReferralReason.FAMILY_EVENT));
    liens.referrals().recordConsent(actor, referral.id(), Consent.of(PopulationGenerator.TODAY, parent.id()));
    liens.referrals().assess(actor, referral.id(), new NeedsAssessment(PopulationGenerator.TODAY, "Besoins."));
    StaffId educator = educators.get(i % educators.size());
    Accompaniment accompaniment = liens.referrals().validate(actor, referral.id(), List.of(educator));
    liens.accompaniments().start(actor, accompaniment.id(), PopulationGenerator.TODAY);
    for (int visit = 0; visit < 7; visit++) {
      accompaniment = liens.accompaniments().recordHomeVisit(actor, accompaniment.id(), PopulationGenerator.TODAY,
          educator);
    }
    return accompaniment;
  }
}
