package org.liens.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.staff.StaffId;
import org.liens.staff.StaffRole;
import org.liens.accompaniment.application.PrescriberView;
import org.liens.catalog.OfferCode;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.storage.Storage;
import org.liens.storage.jdbc.JdbcStorage;
import org.liens.storage.memory.InMemoryStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole use cases through the services, each one storage transaction: recording a home visit, and reading a
 * prescriber's caseload, on the in-memory adapter and on embedded H2.
 */
public class UseCaseBenchmark extends BenchmarkSettings {
  static final int ACCOMPANIMENTS = 500;
  static final int PRESCRIBERS = 25;

  @Param({"memory", "h2"})
  public String storage;

  Liens liens;
  final Actor actor = Actor.of("bench", Role.COORDINATOR);
  final StaffId educator = StaffId.of(UUID.randomUUID());
  final List<AccompanimentId> accompaniments = new ArrayList<>();
  final List<Organisation> prescribers = new ArrayList<>();
  int next;

  @Setup
  public void setUp() {
    Storage store;
    if (storage.equals("h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      store = JdbcStorage.builder(h2).migrate(true).build();
    } else {
      store = new InMemoryStorage();
    }
    // the referrals are validated and started on DAY (a first appointment never precedes the validation); the
    // benchmarks then run five months later, so that every visit they record is inside the period and in the past
    AtomicReference<Instant> now = new AtomicReference<>(DAY.atStartOfDay().toInstant(ZoneOffset.UTC));
    liens = Liens.builder().storage(store).clock(new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    }).build();
    for (int p = 0; p < PRESCRIBERS; p++) {
      prescribers.add(liens.organisations().register(actor, "Prescripteur " + p, OrganisationKind.CCAS));
    }
    OrganisationId association = liens.organisations().register(actor, "Au bonheur des liens",
        OrganisationKind.ASSOCIATION).id();
    liens.staff().register(actor, educator, association, Set.of(StaffRole.EDUCATOR), DAY);
    Parent anne = new Parent(PersonName.of("Anne", "Martin"));
    for (int i = 0; i < ACCOMPANIMENTS; i++) {
      Organisation prescriber = prescribers.get(i % PRESCRIBERS);
      Household household = liens.households().register(actor,
          HouseholdProfile.builder().parent(anne).build());
      Referral referral = liens.referrals().receive(actor, ReferralRequest.of(household.id(), OfferCode.MIP,
          ReferralSource.fieldWorker(prescriber.id(), anne.name()), prescriber.id(), DAY, ReferralReason.CRISIS));
      liens.referrals().recordConsent(actor, referral.id(), Consent.of(DAY, anne.id()));
      liens.referrals().assess(actor, referral.id(), new NeedsAssessment(DAY, "Besoins."));
      Accompaniment accompaniment = liens.referrals().validate(actor, referral.id(), List.of(educator));
      accompaniments.add(liens.accompaniments().start(actor, accompaniment.id(), DAY).id());
    }
    now.set(DAY.plusMonths(5).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** 1000 home visits a shot, spread over the accompaniments, so that no accompaniment grows unrealistically. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, batchSize = 1000)
  @Measurement(iterations = 5, batchSize = 1000)
  public Accompaniment recordHomeVisit() {
    AccompanimentId id = accompaniments.get(next++ % ACCOMPANIMENTS);
    return liens.accompaniments().recordHomeVisit(actor, id, DAY.plusDays(next % 150), educator);
  }

  @Benchmark
  public List<PrescriberView> caseloadOfOnePrescriber() {
    return liens.caseload().ofPrescriber(actor, prescribers.get(7).id());
  }
}
