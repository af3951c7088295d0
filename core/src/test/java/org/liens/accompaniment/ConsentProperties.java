package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.liens.catalog.OfferCode;
import org.liens.document.SupportPlan;
import org.liens.eligibility.EligibilityContext;
import org.liens.eligibility.EligibilityRules;
import org.liens.eligibility.Verdict;
import org.liens.fixtures.Fixtures;
import org.liens.household.Caregiver;
import org.liens.household.Child;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.household.SchoolGrade;
import org.liens.referral.Consent;
import org.liens.referral.ConsentAct;
import org.liens.referral.ConsentPurpose;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.shared.PersonName;

/**
 * Issue 9, parts 1a and 4: people are their ids, not their names; a DIA is in the names of the people whose consent
 * opened the accompaniment; consent to share with the prescriber is a record that can be revoked and given again.
 */
class ConsentProperties {
  private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

  /** Two requesters (parents, or MAPA caregivers), possibly homonyms, and a stranger to the household. */
  record Family(OfferCode offer, HouseholdProfile profile, List<PersonId> requesters, PersonId stranger) {}

  @Provide
  Arbitrary<Family> families() {
    Arbitrary<PersonName> names = Arbitraries.of(PersonName.of("Camille", "Martin"), PersonName.of("Alex", "Martin"));
    return Arbitraries.of(OfferCode.MIP, OfferCode.MAPA).flatMap(offer -> names.list().ofSize(2).map(two -> {
      HouseholdProfile.Builder builder = HouseholdProfile.builder();
      List<PersonId> ids = new ArrayList<>();
      for (PersonName name : two) {
        PersonId id = PersonId.random();
        ids.add(id);
        if (offer.equals(OfferCode.MAPA)) {
          builder.caregiver(new Caregiver(id, name, List.of()));
        } else {
          builder.parent(new Parent(id, name));
        }
      }
      return new Family(offer, builder.build(), ids, PersonId.random());
    }));
  }

  /** An accompaniment of {@code family.offer()} opened with the consent of {@code consenting}, started. */
  private static Accompaniment startedWithConsentOf(Family family, List<PersonId> consenting) {
    Referral referral = Referral.receive(ReferralId.of(UUID.randomUUID()), Fixtures.request(family.offer(),
            family.offer().equals(OfferCode.MAPA) ? ReferralReason.CAREGIVER_CRISIS : ReferralReason.FAMILY_EVENT))
        .after()
        .recordConsent(Consent.of(Fixtures.RECEIVED, consenting.toArray(PersonId[]::new)), Fixtures.RECEIVED).after()
        .assess(new NeedsAssessment(Fixtures.RECEIVED, "Besoins."), Fixtures.RECEIVED).after();
    assertThat(EligibilityRules.CONSENT_OF_PARENTS_OR_CAREGIVERS_IS_REQUIRED.check(new EligibilityContext(referral,
        Fixtures.offer(family.offer()), family.profile(), List.of(), Fixtures.RECEIVED)).verdict())
        .isEqualTo(family.requesters().containsAll(consenting) ? Verdict.PASSED : Verdict.FAILED);
    return Accompaniment.open(AccompanimentId.of(UUID.randomUUID()), referral, Fixtures.offer(family.offer()),
            List.of(Fixtures.LEA), Fixtures.RECEIVED, EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY).after()
        .start(Fixtures.FIRST_APPOINTMENT).after();
  }

  @Property(tries = 300)
  @Label("R8: a DIA is accepted exactly when every holder consented to the accompaniment; homonyms are distinct people")
  void a_dia_holder_outside_the_consenting_people_is_refused(
      @ForAll("families") Family family, @ForAll @Size(min = 1, max = 2) Set<@IntRange(min = 0, max = 1) Integer> consenting,
      @ForAll @Size(min = 1, max = 3) Set<@IntRange(min = 0, max = 2) Integer> holding) {
    List<PersonId> everyone = List.of(family.requesters().get(0), family.requesters().get(1), family.stranger());
    List<PersonId> consented = consenting.stream().sorted().map(everyone::get).toList();
    List<PersonId> holders = holding.stream().sorted().map(everyone::get).toList();
    Accompaniment started = startedWithConsentOf(family, consented);
    SupportPlan plan = new SupportPlan(Fixtures.FIRST_APPOINTMENT, holders, List.of("Rituel du soir"));
    boolean allowed = consented.containsAll(holders);
    try {
      assertThat(started.writeSupportPlan(plan, family.profile(), TODAY).after().supportPlan()).contains(plan);
      assertThat(allowed).as("accepted holders all consented").isTrue();
    } catch (LiensException e) {
      assertThat(allowed).as("refused holders include someone who did not consent").isFalse();
      assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DOCUMENT_HOLDER);
    }
    boolean homonyms = family.profile().adults().size() == 2 && names(family).size() == 1;
    Statistics.label("dia").collect(allowed ? "accepted" : "refused", homonyms ? "homonyms" : "distinct names")
        .coverage(c -> {
          c.check("accepted", "homonyms").count(n -> n > 0);
          c.check("refused", "homonyms").count(n -> n > 0);
        });
  }

  private static Set<PersonName> names(Family family) {
    return family.offer().equals(OfferCode.MAPA)
        ? Set.copyOf(family.profile().caregivers().stream().map(Caregiver::name).toList())
        : Set.copyOf(family.profile().parents().stream().map(Parent::name).toList());
  }

  /** One step a family may take: revoke or give sharing, some days after the previous change. */
  record Step(ConsentAct act, int daysLater, int who) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.of(ConsentAct.class), Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(0, 2)).as(Step::new).list().ofMaxSize(8);
  }

  @Property(tries = 300)
  @Label("Revoking sharing takes the accompaniment out of the prescriber's view at once; the history keeps every change")
  void revocation_is_immediate_and_the_history_keeps_every_entry(
      @ForAll("families") Family family, @ForAll("steps") List<Step> steps) {
    Accompaniment accompaniment = startedWithConsentOf(family, family.requesters());
    boolean sharing = true;
    int accepted = 0;
    LocalDate day = Fixtures.RECEIVED;
    for (Step step : steps) {
      day = day.plusDays(step.daysLater());
      List<PersonId> by = step.who() == 2 ? List.of(family.stranger()) : List.of(family.requesters().get(step.who()));
      boolean allowed = step.who() != 2 && (step.act() == ConsentAct.REVOKED) == sharing;
      Accompaniment before = accompaniment;
      try {
        accompaniment = (step.act() == ConsentAct.REVOKED
            ? accompaniment.revokeSharingConsent(day, by, family.profile(), TODAY)
            : accompaniment.giveSharingConsent(day, by, family.profile(), TODAY)).after();
        assertThat(allowed).as("accepted change").isTrue();
        sharing = !sharing;
        accepted++;
        Statistics.label("change").collect(step.act());
      } catch (LiensException e) {
        assertThat(allowed).as("refused change").isFalse();
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONSENT);
        assertThat(accompaniment).isSameAs(before);
        Statistics.label("change").collect("refused");
      }
      assertThat(accompaniment.sharesProgressWithPrescriber()).isEqualTo(sharing);
    }
    assertThat(accompaniment.consents().entries()).hasSize(2 + accepted);
    assertThat(accompaniment.consents().inForce(ConsentPurpose.ACCOMPANIMENT)).isTrue();
    List<ConsentAct> sharingActs = accompaniment.consents().entries().stream()
        .filter(e -> e.purpose() == ConsentPurpose.SHARING_WITH_PRESCRIBER).map(e -> e.act()).toList();
    for (int i = 0; i < sharingActs.size(); i++) {
      assertThat(sharingActs.get(i)).as("given and revoked alternate, starting with the referral's consent")
          .isEqualTo(i % 2 == 0 ? ConsentAct.GIVEN : ConsentAct.REVOKED);
    }
  }

  @Property(tries = 200)
  @Label("An update built from the stored profile keeps the ids of the people it keeps; a new person gets a new id")
  void ids_survive_updates(@ForAll("families") Family family, @ForAll boolean addChild) {
    HouseholdProfile current = family.profile();
    HouseholdProfile.Builder next = current.toBuilder().belowPovertyLine(!current.belowPovertyLine());
    if (addChild) {
      next.child(Child.of(PersonName.of("Noé", "Martin"), LocalDate.of(2015, 5, 5), SchoolGrade.CM2));
    }
    Household stored = Household.register(Fixtures.HOUSEHOLD, current).after();
    HouseholdProfile updated = stored.update(next.build()).after().profile();
    assertThat(updated.personIds()).containsAll(current.personIds());
    assertThat(updated.adults()).isEqualTo(current.adults());
    assertThat(updated.personIds()).hasSize(current.personIds().size() + (addChild ? 1 : 0));
    Statistics.label("update").collect(addChild ? "a child added" : "same people");
  }
}
