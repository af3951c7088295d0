package org.liens.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.CarePeriod;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactKind;
import org.liens.accompaniment.Progress;
import org.liens.catalog.ContactTargets;
import org.liens.catalog.OfferCode;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.staff.StaffId;
import org.liens.staff.StaffRole;
import org.liens.storage.memory.InMemoryStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Recording a home visit and reading progress through the service on the in-memory adapter (access check, staff
 * check, audit entries, one transaction each), next to its baseline: the same work on hand-written contact logs in
 * a map behind one lock. 1 000 calls a shot, spread over 1 000 accompaniments, so that none grows unrealistically
 * (20 contacts each after 20 shots, as many as a MADI records in six months).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, batchSize = 1000)
@Measurement(iterations = 10, batchSize = 1000)
public class ContactServiceBenchmark extends BenchmarkSettings {
  static final int ACCOMPANIMENTS = 1000;

  Liens liens;
  final Actor actor = Actor.of("bench", Role.COORDINATOR);
  final StaffId educator = StaffId.of(UUID.randomUUID());
  final List<AccompanimentId> accompaniments = new ArrayList<>();
  final Map<AccompanimentId, HandWrittenContactLog> logs = new HashMap<>();
  final ReentrantLock lock = new ReentrantLock();
  long next;
  long nextByHand;

  @Setup
  public void setUp() {
    AtomicReference<Instant> now = new AtomicReference<>(DAY.atStartOfDay().toInstant(ZoneOffset.UTC));
    liens = Liens.builder().storage(new InMemoryStorage()).clock(new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    }).build();
    OrganisationId prescriber = liens.organisations().register(actor, "Prescripteur", OrganisationKind.CCAS).id();
    OrganisationId association = liens.organisations().register(actor, "Au bonheur des liens",
        OrganisationKind.ASSOCIATION).id();
    liens.staff().register(actor, educator, association, Set.of(StaffRole.EDUCATOR), DAY);
    Parent anne = new Parent(PersonName.of("Anne", "Martin"));
    for (int i = 0; i < ACCOMPANIMENTS; i++) {
      Household household = liens.households().register(actor, HouseholdProfile.builder().parent(anne).build());
      Referral referral = liens.referrals().receive(actor, ReferralRequest.of(household.id(), OfferCode.MIP,
          ReferralSource.fieldWorker(prescriber, anne.name()), prescriber, DAY, ReferralReason.CRISIS));
      liens.referrals().recordConsent(actor, referral.id(), Consent.of(DAY, anne.id()));
      liens.referrals().assess(actor, referral.id(), new NeedsAssessment(DAY, "Besoins."));
      Accompaniment accompaniment = liens.referrals().validate(actor, referral.id(), List.of(educator));
      Accompaniment started = liens.accompaniments().start(actor, accompaniment.id(), DAY);
      accompaniments.add(started.id());
      CarePeriod period = started.period().orElseThrow();
      ContactTargets targets = started.offer().contactTargets().orElseThrow();
      logs.put(started.id(), new HandWrittenContactLog(period.start(), period.endExclusive().orElseThrow(),
          started.team(), targets.homeVisits().min(), targets.homeVisits().max(), targets.remoteContacts().min(),
          targets.remoteContacts().max()));
    }
    now.set(DAY.plusMonths(5).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  @Benchmark
  public Optional<Progress> recordHomeVisitAndReadProgress() {
    long n = next++;
    AccompanimentId id = accompaniments.get((int) (n % ACCOMPANIMENTS));
    liens.accompaniments().recordHomeVisit(actor, id, ContactId.of(new UUID(1, n)), DAY.plusDays(n % 150), educator);
    return liens.accompaniments().progress(actor, id, DAY.plusDays(150));
  }

  /** The baseline: the same checks and arithmetic on mutable logs in a map, one lock per call as a transaction. */
  @Benchmark
  public int recordHomeVisitAndReadProgressInALockedMap() {
    long n = nextByHand++;
    AccompanimentId id = accompaniments.get((int) (n % ACCOMPANIMENTS));
    lock.lock();
    try {
      HandWrittenContactLog log = logs.get(id);
      if (!log.record(ContactId.of(new UUID(2, n)), ContactKind.HOME_VISIT, DAY.plusDays(n % 150), educator,
          DAY.plusMonths(5))) {
        throw new IllegalStateException("refused");
      }
    } finally {
      lock.unlock();
    }
    lock.lock();
    try {
      return logs.get(id).progressAt(DAY.plusDays(150));
    } finally {
      lock.unlock();
    }
  }
}
