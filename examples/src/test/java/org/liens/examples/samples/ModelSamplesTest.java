package org.liens.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.ContactStatus;
import org.liens.accompaniment.Progress;
import org.liens.catalog.OfferCode;
import org.liens.household.Household;
import org.liens.household.Parent;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.test.LiensFixtures;
import org.liens.test.MutableClock;
import org.liens.test.SampleAgency;

/** Runs the README's model fragments of {@link ModelSamples} on the in-memory storage. */
class ModelSamplesTest {
  private static final LocalDate DAY = LocalDate.of(2023, 9, 15);
  private final MutableClock clock = new MutableClock(DAY);
  private final Liens liens = LiensFixtures.liens(new InMemoryStorage(), clock);
  private final SampleAgency agency = SampleAgency.register(liens, LiensFixtures.COORDINATOR);

  @Test
  void the_builders_build() {
    assertThat(ModelSamples.eligibilityRule(new InMemoryStorage())).isNotNull();
    assertThat(ModelSamples.accessPolicy(new InMemoryStorage())).isNotNull();
    assertThat(ModelSamples.metrics(new InMemoryStorage(), new SimpleMeterRegistry())).isNotNull();
  }

  @Test
  void a_child_added_to_the_stored_profile_keeps_the_parent() {
    Household family = agency.household(LiensFixtures.singleParent("Anne", "Martin"));
    Household updated = ModelSamples.addAChild(liens, LiensFixtures.COORDINATOR, family.id(), DAY.minusYears(6));
    assertThat(updated.profile().children()).hasSize(1);
    assertThat(updated.profile().parents()).isEqualTo(family.profile().parents());
  }

  @Test
  void sharing_revoked_then_given_again_is_in_force_and_the_audit_and_json_follow() throws Exception {
    Household family = agency.household(LiensFixtures.singleParent("Anne", "Martin"));
    Parent anne = family.profile().parents().get(0);
    Referral referral = agency.assessedReferral(family, OfferCode.MIP, ReferralReason.FAMILY_EVENT, DAY);
    Accompaniment mip = agency.started(referral, DAY);
    clock.set(DAY.plusDays(10));

    assertThat(ModelSamples.sharingConsent(liens, LiensFixtures.COORDINATOR, mip, anne, DAY.plusDays(1),
        DAY.plusDays(10))).isTrue();
    assertThat(ModelSamples.json(referral)).isEqualTo(referral);
    assertThat(ModelSamples.audit(liens, LiensFixtures.COORDINATOR, family.id(), anne.id(), Instant.EPOCH,
        clock.instant().plusSeconds(1)).get(0)).isNotEmpty();
  }

  @Test
  void a_planned_visit_missed_counts_apart_and_a_held_call_counts() {
    Household family = agency.household(LiensFixtures.singleParent("Anne", "Martin"));
    Referral referral = agency.assessedReferral(family, OfferCode.MIP, ReferralReason.FAMILY_EVENT, DAY);
    Accompaniment mip = agency.started(referral, DAY);
    clock.set(DAY.plusDays(20)); // the missed visit is settled after its day
    Progress progress = ModelSamples.contactStatuses(liens, LiensFixtures.COORDINATOR, mip, agency.educator(),
        DAY.plusDays(10));
    assertThat(progress.homeVisits().done()).isZero();
    assertThat(progress.homeVisits().missed()).isEqualTo(1);
    assertThat(progress.remoteContacts().done()).isEqualTo(1);
    assertThat(liens.accompaniments().get(LiensFixtures.COORDINATOR, mip.id()).contacts())
        .extracting(c -> c.status()).containsExactly(ContactStatus.MISSED_FAMILY_ABSENT, ContactStatus.HELD);
  }
}
