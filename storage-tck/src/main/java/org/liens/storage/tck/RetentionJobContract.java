package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationKind;
import org.liens.privacy.Anonymisation;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.staff.StaffId;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;

/**
 * The retention job through the services, on random households and dates (jqwik): a household is anonymised exactly
 * when none of its accompaniments is inside the window — each is ended, and the latest end (never before the last
 * contact) is two years or more before the date of the run.
 */
public interface RetentionJobContract extends StorageFactory {
  /** The first day of the generated lives: the 2023 tariffs apply from 2023-01-01. */
  LocalDate BASE = LocalDate.of(2023, 1, 2);

  /**
   * One accompaniment's life, in days: opened {@code opened} days after {@link #BASE}, first appointment
   * {@code start} days later, contacts {@code contacts} days after it, ended {@code end} days after the last of them.
   */
  record Life(int opened, int start, List<Integer> contacts, Optional<Integer> end) {}

  /** {@return random lives: most ended, some still open} */
  @Provide
  default Arbitrary<Life> lives() {
    return Combinators.combine(Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 170).list().ofMaxSize(3),
            Arbitraries.integers().between(0, 300).withDistribution(RandomDistribution.uniform()).optional(0.9))
        .as(Life::new);
  }

  /** {@return the day of the run, uniformly up to eleven years after {@link #BASE}} */
  @Provide
  default Arbitrary<Integer> days() {
    return Arbitraries.integers().between(0, 4000).withDistribution(RandomDistribution.uniform());
  }

  /**
   * Contract (retention job): anonymised exactly when no accompaniment is inside the window.
   *
   * @param households each household's lives, one accompaniment (one MIP after the other) per life
   * @param asOfDay the day of the run, after {@link #BASE}
   */
  @Property(tries = 12)
  @Label("retention job: a household is anonymised exactly when none of its accompaniments is inside the window")
  default void anonymised_exactly_when_no_accompaniment_is_inside_the_window(
      @ForAll @Size(min = 1, max = 3) List<@Size(min = 1, max = 2) List<@From("lives") Life>> households,
      @ForAll("days") int asOfDay) {
    Storage storage = newStorage();
    TestClock clock = new TestClock(BASE);
    Liens liens = Liens.builder().storage(storage).clock(clock).build();
    Actor a = RetentionScenario.COORDINATOR;
    StaffId educator = StaffId.of(new UUID(6, 1));
    Organisation funder = liens.organisations().register(a, "Département", OrganisationKind.DEPARTEMENT);
    Staffing.register(liens, a, List.of(educator));
    List<Household> stored = new ArrayList<>();
    List<Boolean> expected = new ArrayList<>();
    LocalDate asOf = BASE.plusDays(asOfDay);
    // one more household, cancelled on BASE: anonymised whenever the run is over two years later (82 % of the days),
    // so that the coverage check below cannot fail by chance (it did, once in a while, with random households only)
    List<List<Life>> all = new ArrayList<>(households);
    all.add(List.of(new Life(0, 0, List.of(), Optional.of(0))));
    for (List<Life> lives : all) {
      Parent parent = new Parent(RetentionScenario.name("P", "parent"));
      Household household = liens.households().register(a, HouseholdProfile.builder().parent(parent).build());
      boolean inside = false;
      LocalDate free = BASE;
      for (Life life : lives) {
        LocalDate opened = free.plusDays(life.opened());
        clock.set(opened);
        Referral referral = liens.referrals().receive(a, ReferralRequest.of(household.id(), OfferCode.MIP,
            ReferralSource.familyRequest(), funder.id(), opened, ReferralReason.FAMILY_EVENT));
        liens.referrals().recordConsent(a, referral.id(), Consent.of(opened, parent.id()));
        liens.referrals().assess(a, referral.id(), new NeedsAssessment(opened, RetentionScenario.text("P", "n")));
        AccompanimentId id = liens.referrals().validate(a, referral.id(), List.of(educator)).id();
        LocalDate start = opened.plusDays(life.start());
        LocalDate last = opened;
        if (life.end().isPresent() || !life.contacts().isEmpty()) {
          clock.set(start);
          liens.accompaniments().start(a, id, start);
          for (int day : life.contacts().stream().sorted().toList()) {
            last = start.plusDays(day);
            clock.set(last);
            liens.accompaniments().recordHomeVisit(a, id, last, educator);
          }
        }
        if (life.end().isEmpty()) {
          inside = true;
          break;
        }
        LocalDate end = last.plusDays(life.end().get());
        clock.set(end);
        liens.accompaniments().cancel(a, id, RetentionScenario.text("P", "cancel"), end);
        inside |= asOf.isBefore(end.plusYears(2));
        free = end.plusDays(1);
      }
      stored.add(household);
      expected.add(!inside);
    }
    clock.set(asOf.isAfter(clock.today()) ? asOf : clock.today());

    liens.privacy().anonymiseExpired(Actor.system(), asOf);

    List<Boolean> anonymised = storage.read((Repositories r) -> stored.stream()
        .map(h -> r.households().get(h.id()).profile().parents().get(0).name().given().equals(Anonymisation.GIVEN))
        .toList());
    expected.forEach(e -> Statistics.label("anonymised").collect(e));
    Statistics.label("anonymised").coverage(c -> c.check(true).count(n -> n > 0));
    assertThat(anonymised).isEqualTo(expected);
  }
}
