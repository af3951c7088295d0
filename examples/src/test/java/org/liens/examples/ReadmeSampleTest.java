package org.liens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.staff.StaffId;
import org.liens.staff.StaffRole;
import org.liens.accompaniment.Progress;
import org.liens.accompaniment.ProgressStatus;
import org.liens.catalog.OfferCode;
import org.liens.household.EmploymentSituation;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationKind;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.TestClock;

/** The README's code sample, compiled and run; a second test checks the README shows exactly this code. */
class ReadmeSampleTest {

  @Test
  void the_readme_sample_runs() {
    TestClock clock = new TestClock(LocalDate.of(2023, 9, 5));
    // tag::readme[]
    Liens liens = Liens.builder()
        .storage(new InMemoryStorage())            // or JdbcStorage over your DataSource
        .clock(clock)                              // "today" comes from here, never from the model
        .listener(event -> System.out.println(event.type()))
        .build();
    Actor coordinator = Actor.of("coordinator-1", Role.COORDINATOR);

    Organisation ccas = liens.organisations().register(coordinator, "CCAS d'Uzès", OrganisationKind.CCAS);
    Organisation gard = liens.organisations().register(coordinator, "Département du Gard", OrganisationKind.DEPARTEMENT);
    Organisation us = liens.organisations().register(coordinator, "Au bonheur des liens", OrganisationKind.ASSOCIATION);
    // teams take registered staff only, active on the day as educators or practitioners (R5)
    StaffId lea = liens.staff().register(coordinator, us.id(), Set.of(StaffRole.EDUCATOR), LocalDate.of(2023, 9, 1)).id();
    Parent anne = Parent.named("Anne", "Martin");
    Household family = liens.households().register(coordinator, HouseholdProfile.builder()
        .parent(anne).singleParent(true).employment(EmploymentSituation.RSA).build());

    // R7, R8: a mandated field worker refers the family; the mother consents; needs are assessed together
    Referral referral = liens.referrals().receive(coordinator, ReferralRequest.of(family.id(), OfferCode.MIP,
        ReferralSource.fieldWorker(ccas.id(), PersonName.of("Paul", "Durand")), gard.id(),
        LocalDate.of(2023, 9, 4), ReferralReason.FAMILY_EVENT));
    liens.referrals().recordConsent(coordinator, referral.id(), Consent.of(LocalDate.of(2023, 9, 4), anne.id()));
    liens.referrals().assess(coordinator, referral.id(), new NeedsAssessment(LocalDate.of(2023, 9, 5), "…"));

    // validated into the active caseload with one educator (R5), started by the first appointment (R2)
    Accompaniment mip = liens.referrals().validate(coordinator, referral.id(), List.of(lea));
    mip = liens.accompaniments().start(coordinator, mip.id(), LocalDate.of(2023, 9, 15));

    clock.set(LocalDate.of(2023, 10, 16));                // a month later
    mip = liens.accompaniments().recordHomeVisit(coordinator, mip.id(), LocalDate.of(2023, 9, 15), lea);

    Progress progress = liens.accompaniments().progress(coordinator, mip.id(), LocalDate.of(2023, 10, 16)).orElseThrow();
    // end::readme[]
    assertThat(mip.lastDay()).contains(LocalDate.of(2024, 3, 14));
    assertThat(progress.homeVisits().done()).isEqualTo(1);
    assertThat(progress.homeVisits().expectedByDate()).isEqualTo(1);
    assertThat(progress.homeVisits().status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(progress.remoteContacts().expectedByDate()).isZero();
    assertThat(progress.remoteContacts().status()).isEqualTo(ProgressStatus.ON_TRACK);
  }

  @Test
  void the_readme_shows_exactly_the_sample_that_runs() throws IOException {
    ReadmeSamples.assertReadmeShows(getClass(), "readme");
  }
}
