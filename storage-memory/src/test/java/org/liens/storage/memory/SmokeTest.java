package org.liens.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.EducatorId;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.household.EmploymentSituation;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.organisation.OrganisationKind;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;

class SmokeTest {
  @Test
  void wholeLife() {
    List<DomainEvent> events = new ArrayList<>();
    Clock clock = Clock.fixed(Instant.parse("2023-09-01T10:00:00Z"), ZoneOffset.UTC);
    Liens liens = Liens.builder().storage(new InMemoryStorage()).clock(clock).listener(events::add).build();
    Actor coordinator = Actor.of("u1", Role.COORDINATOR);
    var dept = liens.organisations().register(coordinator, "CD30", OrganisationKind.DEPARTEMENT);
    var parent = Parent.named("Anne", "Martin");
    var household = liens.households().register(coordinator, HouseholdProfile.builder()
        .parent(parent).singleParent(true).employment(EmploymentSituation.RSA).build());
    var referral = liens.referrals().receive(coordinator, ReferralRequest.of(household.id(), OfferCode.MIP,
        ReferralSource.fieldWorker(dept.id(), PersonName.of("Paul", "Durand")), dept.id(),
        LocalDate.of(2023, 8, 28), ReferralReason.FAMILY_EVENT));
    liens.referrals().recordConsent(coordinator, referral.id(), Consent.of(LocalDate.of(2023, 8, 29), parent.name()));
    liens.referrals().assess(coordinator, referral.id(), new NeedsAssessment(LocalDate.of(2023, 8, 30), "needs"));
    EducatorId educator = EducatorId.of(java.util.UUID.randomUUID());
    Accompaniment acc = liens.referrals().validate(coordinator, referral.id(), List.of(educator));
    acc = liens.accompaniments().start(coordinator, acc.id(), LocalDate.of(2023, 8, 31));
    assertThat(acc.lastDay()).contains(LocalDate.of(2024, 2, 28));
    acc = liens.accompaniments().recordHomeVisit(coordinator, acc.id(), LocalDate.of(2023, 9, 1), educator);
    assertThat(acc.version()).isEqualTo(3);
    assertThat(liens.caseload().ofPrescriber(coordinator, dept.id())).hasSize(1);
    assertThat(events).extracting(DomainEvent::type).contains("AccompanimentStarted", "ContactRecorded");
  }
}
