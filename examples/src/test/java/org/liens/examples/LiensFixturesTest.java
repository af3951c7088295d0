package org.liens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.catalog.OfferCode;
import org.liens.household.CaredForPerson;
import org.liens.household.Caregiver;
import org.liens.household.Condition;
import org.liens.household.EmploymentSituation;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Relationship;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralStatus;
import org.liens.shared.PersonName;
import org.liens.storage.Storage;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.test.LiensFixtures;
import org.liens.test.MutableClock;
import org.liens.test.SampleAgency;

/** liens-test's fixtures, as a host uses them, on the in-memory adapter and on H2 through the JDBC adapter. */
class LiensFixturesTest {

  static List<Storage> storages() {
    return List.of(new InMemoryStorage(),
        HostApplication.h2("jdbc:h2:mem:liens-fixtures-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
  }

  @ParameterizedTest
  @MethodSource("storages")
  void a_started_mip_is_active_with_the_agencys_educator_for_six_months(Storage storage) {
    MutableClock clock = new MutableClock(LocalDate.of(2023, 9, 15));
    Liens liens = LiensFixtures.liens(storage, clock);
    SampleAgency agency = SampleAgency.register(liens, LiensFixtures.COORDINATOR);

    Accompaniment mip = agency.startedMip(LocalDate.of(2023, 9, 15));

    assertThat(mip.status()).isEqualTo(AccompanimentStatus.ACTIVE);
    assertThat(mip.offer().code()).isEqualTo(OfferCode.MIP);
    assertThat(mip.team()).containsExactly(agency.educator());
    assertThat(mip.lastDay()).contains(LocalDate.of(2024, 3, 14));
    Referral referral = liens.referrals().get(LiensFixtures.COORDINATOR, mip.referral());
    assertThat(referral.status()).isEqualTo(ReferralStatus.VALIDATED);
    assertThat(referral.funder()).isEqualTo(agency.funder());
    assertThat(referral.source().prescriber()).contains(agency.prescriber());
  }

  @ParameterizedTest
  @MethodSource("storages")
  void a_mapa_referral_takes_the_consent_of_the_caregivers(Storage storage) {
    MutableClock clock = new MutableClock(LocalDate.of(2023, 9, 4));
    Liens liens = LiensFixtures.liens(storage, clock);
    SampleAgency agency = SampleAgency.register(liens, LiensFixtures.COORDINATOR);
    Household caregiverOnly = agency.household(HouseholdProfile.builder()
        .caregiver(new Caregiver(PersonName.of("Paul", "Roux"), List.of(new CaredForPerson(
            PersonName.of("Hélène", "Roux"), Relationship.SPOUSE, Set.of(Condition.RARE_ILLNESS)))))
        .employment(EmploymentSituation.EMPLOYED).build());

    Referral referral = agency.assessedReferral(caregiverOnly, OfferCode.MAPA, ReferralReason.CAREGIVER_CRISIS,
        clock.today());
    clock.advanceDays(3);
    Accompaniment mapa = agency.started(referral, clock.today());

    assertThat(referral.status()).isEqualTo(ReferralStatus.ASSESSED);
    assertThat(referral.consent().orElseThrow().givenBy())
        .containsExactly(caregiverOnly.profile().caregivers().get(0).id());
    assertThat(mapa.status()).isEqualTo(AccompanimentStatus.ACTIVE);
    assertThat(mapa.period().orElseThrow().start()).isEqualTo(LocalDate.of(2023, 9, 7));
  }
}
