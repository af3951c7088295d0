package org.liens.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.Contact;
import org.liens.catalog.Catalog;
import org.liens.catalog.OfferCode;
import org.liens.eligibility.EligibilityContext;
import org.liens.eligibility.EligibilityPolicy;
import org.liens.household.Household;
import org.liens.json.CatalogJson;
import org.liens.referral.Referral;
import org.liens.referral.ReferralStatus;
import org.liens.storage.Repositories;
import org.liens.storage.memory.InMemoryStorage;

/** The generated population: the same for a seed, and shaped as its Javadoc says. Nothing here measures time. */
class PopulationGeneratorTest {
  private static final int SIZE = 4_000;
  private static final Population POPULATION = PopulationGenerator.generate(13, SIZE);

  @Test
  void theSameSeedGivesAnEqualPopulationAndAnotherSeedAnother() {
    Population again = PopulationGenerator.generate(13, SIZE);
    Population other = PopulationGenerator.generate(14, SIZE);

    assertThat(again).isEqualTo(POPULATION);
    assertThat(again.accompaniments().get(SIZE - 1)).isEqualTo(POPULATION.accompaniments().get(SIZE - 1));
    assertThat(other.accompaniments().get(0).id()).isNotEqualTo(POPULATION.accompaniments().get(0).id());
    assertThat(other.contacts()).isNotEqualTo(POPULATION.contacts());
  }

  @Test
  void fourReferralsInFiveAreEligibleByTheStandardRulesAndOnlyThoseAreValidated() {
    Catalog catalog = CatalogJson.standard2023();
    EligibilityPolicy policy = EligibilityPolicy.standard();
    Map<Object, Household> households = POPULATION.households().stream()
        .collect(Collectors.toMap(Household::id, Function.identity()));
    long eligible = 0;
    for (Referral referral : POPULATION.referrals()) {
      Referral undecided = referral.status() == ReferralStatus.VALIDATED ? PopulationLoad.assessed(referral)
          : Referral.builder().from(referral).status(ReferralStatus.ASSESSED)
              .decidedOn(java.util.Optional.empty()).rejectionReason(java.util.Optional.empty()).build();
      boolean decided = policy.decide(new EligibilityContext(undecided, catalog.require(referral.offer()),
          households.get(referral.household()).profile(), List.of(), undecided.assessment().orElseThrow()
          .assessedOn())).eligible();
      assertThat(decided).as("eligible exactly when validated")
          .isEqualTo(referral.status() == ReferralStatus.VALIDATED);
      eligible += decided ? 1 : 0;
    }
    assertThat((double) eligible / POPULATION.referrals().size()).isBetween(0.79, 0.81);
    assertThat(POPULATION.validatedShare()).isBetween(0.79, 0.81);
  }

  @Test
  void theOffersMixAndTheHouseholdsHaveChildrenAndTheContactsSpanSixMonths() {
    Map<OfferCode, Long> offers = POPULATION.accompaniments().stream()
        .collect(Collectors.groupingBy(a -> a.offer().code(), Collectors.counting()));
    assertThat(offers.get(OfferCode.MIP)).isBetween((long) (SIZE * 0.55), (long) (SIZE * 0.65));
    assertThat(offers.get(OfferCode.MADI)).isBetween((long) (SIZE * 0.15), (long) (SIZE * 0.25));
    assertThat(offers.get(OfferCode.MAPA)).isBetween((long) (SIZE * 0.15), (long) (SIZE * 0.25));
    assertThat(POPULATION.households()).allMatch(h -> !h.profile().children().isEmpty());
    assertThat((double) POPULATION.contacts() / SIZE).isBetween(9.0, 11.0);
    assertThat(POPULATION.accompaniments().stream().filter(a -> a.status() == AccompanimentStatus.ACTIVE).count())
        .isGreaterThan((long) (SIZE * 0.9));
    List<Contact> contacts = POPULATION.accompaniments().stream().flatMap(a -> a.contacts().stream()).toList();
    assertThat(contacts.stream().map(Contact::date).min(Comparable::compareTo).orElseThrow())
        .isBefore(PopulationGenerator.FIRST_DAY.plusDays(20));
    assertThat(contacts.stream().map(Contact::date).max(Comparable::compareTo).orElseThrow())
        .isAfter(PopulationGenerator.TODAY.minusDays(10)).isBeforeOrEqualTo(PopulationGenerator.TODAY);
    assertThat(POPULATION.prescribers()).hasSize(SIZE / 230);
  }

  @Test
  void itLoadsIntoAStorageWhole() {
    Population small = PopulationGenerator.generate(5, 300);
    InMemoryStorage storage = new InMemoryStorage();

    PopulationLoad.save(small, storage);

    Accompaniment last = small.accompaniments().get(299);
    assertThat(storage.read((Repositories r) -> r.accompaniments().get(last.id()))).isEqualTo(last.withVersion(1));
    Referral validated = small.referrals().stream().filter(r -> r.status() == ReferralStatus.VALIDATED)
        .findFirst().orElseThrow();
    assertThat(storage.read((Repositories r) -> r.referrals().get(validated.id()))).isEqualTo(validated.withVersion(2));
  }
}
