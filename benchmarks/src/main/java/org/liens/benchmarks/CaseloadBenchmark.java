package org.liens.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.staff.StaffId;
import org.liens.accompaniment.EndDateConvention;
import org.liens.catalog.Catalog;
import org.liens.catalog.OfferCode;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.json.CatalogJson;
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
import org.liens.shared.PersonName;
import org.liens.storage.Storage;
import org.liens.storage.memory.InMemoryStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The active caseload of one prescriber among many, served by the in-memory adapter's index, against a full scan
 * of the same rows.
 */
public class CaseloadBenchmark extends BenchmarkSettings {
  static final int PRESCRIBERS = 50;

  @Param({"1000", "10000"})
  public int accompaniments;

  Storage storage;
  final List<OrganisationId> prescribers = new ArrayList<>();

  @Setup
  public void setUp() {
    Catalog catalog = CatalogJson.standard2023();
    storage = new InMemoryStorage();
    Parent anne = new Parent(PersonName.of("Anne", "Martin"));
    HouseholdProfile profile = HouseholdProfile.builder().parent(anne).build();
    StaffId educator = StaffId.of(UUID.randomUUID());
    storage.inTransaction(r -> {
      for (int p = 0; p < PRESCRIBERS; p++) {
        prescribers.add(r.organisations().save(Organisation.register(OrganisationId.of(UUID.randomUUID()),
            "Prescripteur " + p, OrganisationKind.CCAS)
            .after()).id());
      }
      for (int i = 0; i < accompaniments; i++) {
        OrganisationId prescriber = prescribers.get(i % PRESCRIBERS);
        Household household = r.households().save(Household.register(HouseholdId.of(UUID.randomUUID()), profile)
            .after());
        Referral referral = r.referrals().save(Referral.receive(ReferralId.of(UUID.randomUUID()), ReferralRequest.of(
                household.id(), OfferCode.MIP, ReferralSource.fieldWorker(prescriber, anne.name()), prescriber, DAY,
                ReferralReason.CRISIS)).after()
            .recordConsent(Consent.of(DAY, anne.id()), DAY).after()
            .assess(new NeedsAssessment(DAY, "Besoins."), DAY).after());
        Accompaniment accompaniment = r.accompaniments().save(Accompaniment.open(AccompanimentId.of(UUID.randomUUID()),
            referral, catalog.require(OfferCode.MIP), List.of(educator), DAY,
            EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY).after());
        r.referrals().save(referral.validate(accompaniment.id(), DAY).after());
      }
      return null;
    });
  }

  @Benchmark
  public List<Accompaniment> caseloadOfOnePrescriberByIndex() {
    return storage.read(r -> r.accompaniments().openOfPrescriber(prescribers.get(7)));
  }

  @Benchmark
  public List<Accompaniment> caseloadOfOnePrescriberByScan() {
    OrganisationId prescriber = prescribers.get(7);
    return storage.read(r -> r.accompaniments().open().stream()
        .filter(a -> a.prescriber().filter(prescriber::equals).isPresent()).toList());
  }
}
