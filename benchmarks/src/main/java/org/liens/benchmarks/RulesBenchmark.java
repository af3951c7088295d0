package org.liens.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.CarePeriod;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactKind;
import org.liens.catalog.ContactTargets;
import org.liens.staff.StaffId;
import org.liens.accompaniment.EndDateConvention;
import org.liens.accompaniment.HomeVisit;
import org.liens.accompaniment.Progress;
import org.liens.catalog.Catalog;
import org.liens.catalog.OfferCode;
import org.liens.eligibility.EligibilityContext;
import org.liens.eligibility.EligibilityDecision;
import org.liens.eligibility.EligibilityPolicy;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.json.CatalogJson;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The pure rules: an eligibility decision, recording a contact on an immutable accompaniment, progress; each next
 * to its hand-written baseline ({@code ...ByHand}), so that their ratio comes from the same run.
 */
public class RulesBenchmark extends BenchmarkSettings {
  final Catalog catalog = CatalogJson.standard2023();
  final EligibilityPolicy policy = EligibilityPolicy.standard();
  final StaffId educator = StaffId.of(UUID.randomUUID());
  final ContactId twelfth = ContactId.of(UUID.randomUUID());
  EligibilityContext context;
  Accompaniment accompaniment;
  HandWrittenContactLog handLog;

  @Setup
  public void setUp() {
    Parent anne = new Parent(PersonName.of("Anne", "Martin"));
    HouseholdProfile household = HouseholdProfile.builder().parent(anne).singleParent(true).build();
    Referral referral = Referral.receive(ReferralId.of(UUID.randomUUID()), ReferralRequest.of(
            HouseholdId.of(UUID.randomUUID()), OfferCode.MIP, ReferralSource.familyRequest(),
            OrganisationId.of(UUID.randomUUID()), DAY, ReferralReason.FAMILY_EVENT)).after()
        .recordConsent(Consent.of(DAY, anne.id()), DAY).after()
        .assess(new NeedsAssessment(DAY, "Besoins."), DAY).after();
    context = new EligibilityContext(referral, catalog.require(OfferCode.MIP), household, List.of(), DAY);
    Accompaniment opened = Accompaniment.open(AccompanimentId.of(UUID.randomUUID()), referral,
        catalog.require(OfferCode.MIP), List.of(educator), DAY, EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY).after();
    accompaniment = opened.start(DAY).after();
    for (int i = 0; i < 11; i++) {
      accompaniment = accompaniment.record(new HomeVisit(ContactId.of(UUID.randomUUID()), DAY.plusDays(i * 15L),
          educator), DAY.plusYears(1)).after();
    }
    CarePeriod period = accompaniment.period().orElseThrow();
    ContactTargets targets = accompaniment.offer().contactTargets().orElseThrow();
    handLog = new HandWrittenContactLog(period.start(), period.endExclusive().orElseThrow(), accompaniment.team(),
        targets.homeVisits().min(), targets.homeVisits().max(), targets.remoteContacts().min(),
        targets.remoteContacts().max());
    for (Contact contact : accompaniment.contacts()) {
      handLog.record(contact.id(), contact.kind(), contact.date(), contact.educator(), DAY.plusYears(1));
    }
  }

  @Benchmark
  public EligibilityDecision eligibilityDecision() {
    return policy.decide(context);
  }

  /** The baseline of {@link #eligibilityDecision}: the same rules by hand, the same decision and explanations. */
  @Benchmark
  public HandWrittenEligibility.Decision eligibilityDecisionByHand() {
    return HandWrittenEligibility.decide(context.referral(), context.offer(), context.household(),
        context.householdAccompaniments(), context.date());
  }

  /** Records the 12th contact on the immutable accompaniment (a known id) and reads progress on the result. */
  @Benchmark
  public Optional<Progress> recordContactAndReadProgress() {
    return accompaniment.record(new HomeVisit(twelfth, DAY.plusDays(170), educator), DAY.plusYears(1)).after()
        .progressAt(DAY.plusDays(171));
  }

  /** The baseline of {@link #recordContactAndReadProgress}: a mutable log, the same checks, undone after. */
  @Benchmark
  public int recordContactAndReadProgressByHand() {
    handLog.record(twelfth, ContactKind.HOME_VISIT, DAY.plusDays(170), educator, DAY.plusYears(1));
    int progress = handLog.progressAt(DAY.plusDays(171));
    handLog.undoLast();
    return progress;
  }

  @Benchmark
  public Accompaniment recordTwelfthContact() {
    return accompaniment.record(new HomeVisit(ContactId.of(UUID.randomUUID()), DAY.plusDays(170), educator),
        DAY.plusYears(1)).after();
  }

  @Benchmark
  public Optional<Progress> progressAt() {
    return accompaniment.progressAt(DAY.plusDays(90));
  }
}
