package org.liens.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.RECEIVED;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.household.HouseholdProfile;
import org.liens.household.SchoolGrade;
import org.liens.referral.Consent;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.household.PersonId;

class EligibilityRulesTest {
  final EligibilityPolicy policy = EligibilityPolicy.standard();

  EligibilityDecision decide(Referral referral, HouseholdProfile household, List<Accompaniment> others) {
    return policy.decide(new EligibilityContext(
        referral, Fixtures.offer(referral.offer()), household, others, RECEIVED));
  }

  Verdict verdict(EligibilityDecision decision, String rule) {
    return decision.outcomes().stream().filter(o -> o.rule().equals(rule)).findFirst().orElseThrow().verdict();
  }

  @Test
  void an_mip_for_a_parent_facing_a_family_event_with_consent_is_eligible() {
    EligibilityDecision decision = decide(Fixtures.assessed(OfferCode.MIP, ReferralReason.FAMILY_EVENT),
        Fixtures.singleMother(), List.of());
    assertThat(decision.eligible()).isTrue();
    assertThat(decision.outcomes()).hasSize(EligibilityRules.all().size());
    assertThat(verdict(decision, "mip.parent-crisis-or-family-event")).isEqualTo(Verdict.PASSED);
    assertThat(verdict(decision, "mapa.caregiver-of-ill-or-disabled")).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void reasons_that_quote_a_date_a_channel_or_an_offer_read_the_same_when_written_on_demand() {
    EligibilityDecision decision = decide(Fixtures.assessed(OfferCode.MIP, ReferralReason.FAMILY_EVENT),
        Fixtures.singleMother(), List.of());
    LocalDate consentedOn =
        Fixtures.assessed(OfferCode.MIP, ReferralReason.FAMILY_EVENT).consent().orElseThrow().givenOn();
    RuleOutcome consent = decision.outcome("consent.required").orElseThrow();

    assertThat(consent).isEqualTo(RuleOutcome.passed("consent.required",
        "Consentement recueilli le " + consentedOn + ".", "Consent given on " + consentedOn + "."));
    assertThat(consent.hashCode()).isEqualTo(RuleOutcome.passed("consent.required",
        "Consentement recueilli le " + consentedOn + ".", "Consent given on " + consentedOn + ".").hashCode());
    assertThat(decision.explain(Locale.ENGLISH)).isEqualTo(String.join("\n",
        "PASSED consent.required: Consent given on " + consentedOn + ".",
        "PASSED offer.channel: Referral channel accepted: "
            + Fixtures.assessed(OfferCode.MIP, ReferralReason.FAMILY_EVENT).source().channel() + ".",
        "PASSED mip.parent-crisis-or-family-event: A parent facing a crisis or a family event.",
        "NOT_APPLICABLE madi.acute-crisis-or-succession: Applies to MADI only.",
        "NOT_APPLICABLE mapa.caregiver-of-ill-or-disabled: Applies to MAPA only.",
        "NOT_APPLICABLE arcs.child-from-cp: Applies to ARCS only.",
        "PASSED household.one-open-per-offer: No other open MIP accompaniment.",
        "NOT_APPLICABLE succession.allowed: No succession requested."));
    assertThat(decision.explain(Locale.FRENCH)).contains(
        "PASSED consent.required: Consentement recueilli le " + consentedOn + ".",
        "PASSED household.one-open-per-offer: Aucun autre accompagnement MIP en cours.");
  }

  @Test
  void no_consent_no_accompaniment() {
    EligibilityDecision decision = decide(Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS),
        Fixtures.singleMother(), List.of());
    assertThat(decision.eligible()).isFalse();
    assertThat(decision.failures()).extracting(RuleOutcome::rule).containsExactly("consent.required");
    assertThat(decision.explain(Locale.FRENCH)).contains("FAILED consent.required: Le consentement des parents");
    assertThat(decision.explain(Locale.ENGLISH)).contains("The parents' consent is missing.");
  }

  @Test
  void consent_by_someone_outside_the_household_does_not_count() {
    Referral referral = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS)
        .recordConsent(Consent.of(RECEIVED, PersonId.random()), RECEIVED).after();
    assertThat(verdict(decide(referral, Fixtures.singleMother(), List.of()), "consent.required"))
        .isEqualTo(Verdict.FAILED);
  }

  @Test
  void an_mip_needs_a_crisis_or_a_family_event() {
    EligibilityDecision decision = decide(Fixtures.assessed(OfferCode.MIP, ReferralReason.SCHOOL_DIFFICULTIES),
        Fixtures.singleMother(), List.of());
    assertThat(decision.failures()).extracting(RuleOutcome::rule).containsExactly("mip.parent-crisis-or-family-event");
  }

  @Test
  void an_mip_needs_a_parent() {
    EligibilityDecision decision = decide(Fixtures.assessed(OfferCode.MIP, ReferralReason.CRISIS),
        Fixtures.caregiver(), List.of());
    assertThat(verdict(decision, "mip.parent-crisis-or-family-event")).isEqualTo(Verdict.FAILED);
  }

  @Test
  void a_madi_needs_an_acute_crisis_or_the_succession_of_an_mip() {
    assertThat(decide(Fixtures.assessed(OfferCode.MADI, ReferralReason.ACUTE_CRISIS), Fixtures.singleMother(),
        List.of()).eligible()).isTrue();
    EligibilityDecision crisisOnly = decide(Fixtures.assessed(OfferCode.MADI, ReferralReason.CRISIS),
        Fixtures.singleMother(), List.of());
    assertThat(crisisOnly.failures()).extracting(RuleOutcome::rule).containsExactly("madi.acute-crisis-or-succession");

    Accompaniment mip = Fixtures.started(OfferCode.MIP);
    Referral succession = Fixtures.assessed(Referral.receive(org.liens.referral.ReferralId.of(java.util.UUID.randomUUID()),
        Fixtures.request(OfferCode.MADI, ReferralReason.CRISIS).succeeding(mip.id())).after());
    EligibilityDecision decision = decide(succession, Fixtures.singleMother(), List.of(mip));
    assertThat(decision.eligible()).isTrue();
    assertThat(verdict(decision, "succession.allowed")).isEqualTo(Verdict.PASSED);
  }

  @Test
  void a_succession_of_an_ended_or_foreign_accompaniment_fails() {
    Accompaniment mip = Fixtures.opened(OfferCode.MIP).cancel("stop", RECEIVED, RECEIVED).after();
    Referral succession = Fixtures.assessed(Referral.receive(org.liens.referral.ReferralId.of(java.util.UUID.randomUUID()),
        Fixtures.request(OfferCode.MADI, ReferralReason.ACUTE_CRISIS).succeeding(mip.id())).after());
    assertThat(verdict(decide(succession, Fixtures.singleMother(), List.of(mip)), "succession.allowed"))
        .isEqualTo(Verdict.FAILED);
    assertThat(verdict(decide(succession, Fixtures.singleMother(), List.of()), "succession.allowed"))
        .isEqualTo(Verdict.FAILED);
  }

  @Test
  void a_mapa_needs_a_caregiver_of_a_person_with_a_disability_or_an_illness() {
    assertThat(decide(Fixtures.assessed(OfferCode.MAPA, ReferralReason.CAREGIVER_CRISIS), Fixtures.caregiver(),
        List.of()).eligible()).isTrue();
    EligibilityDecision parentsOnly = decide(Fixtures.assessed(OfferCode.MAPA, ReferralReason.CAREGIVER_CRISIS),
        Fixtures.singleMother(), List.of());
    assertThat(parentsOnly.failures()).extracting(RuleOutcome::rule)
        .contains("mapa.caregiver-of-ill-or-disabled", "consent.required");
  }

  @Test
  void arcs_takes_children_from_cp_or_aged_six() {
    Referral arcs = Fixtures.assessed(OfferCode.ARCS, ReferralReason.SCHOOL_DIFFICULTIES);
    // aged 5 on 2023-09-04, in grande section: refused
    HouseholdProfile fiveInGs = Fixtures.withChild(LocalDate.of(2018, 1, 10), Optional.of(SchoolGrade.GS));
    assertThat(verdict(decide(arcs, fiveInGs, List.of()), "arcs.child-from-cp")).isEqualTo(Verdict.FAILED);
    // aged 5 but already in CP: accepted
    HouseholdProfile fiveInCp = Fixtures.withChild(LocalDate.of(2018, 1, 10), Optional.of(SchoolGrade.CP));
    assertThat(verdict(decide(arcs, fiveInCp, List.of()), "arcs.child-from-cp")).isEqualTo(Verdict.PASSED);
    // six on the day of the decision, grade unknown: accepted
    HouseholdProfile sixToday = Fixtures.withChild(RECEIVED.minusYears(6), Optional.empty());
    assertThat(verdict(decide(arcs, sixToday, List.of()), "arcs.child-from-cp")).isEqualTo(Verdict.PASSED);
    HouseholdProfile sixTomorrow = Fixtures.withChild(RECEIVED.minusYears(6).plusDays(1), Optional.empty());
    assertThat(verdict(decide(arcs, sixTomorrow, List.of()), "arcs.child-from-cp")).isEqualTo(Verdict.FAILED);
  }

  @Test
  void a_second_open_mip_for_the_same_household_is_refused() {
    Accompaniment open = Fixtures.opened(OfferCode.MIP);
    EligibilityDecision decision = decide(Fixtures.assessed(OfferCode.MIP, ReferralReason.CRISIS),
        Fixtures.singleMother(), List.of(open));
    assertThat(decision.failures()).extracting(RuleOutcome::rule).containsExactly("household.one-open-per-offer");
    Accompaniment ended = open.cancel("fin", RECEIVED, RECEIVED).after();
    assertThat(decide(Fixtures.assessed(OfferCode.MIP, ReferralReason.CRISIS), Fixtures.singleMother(),
        List.of(ended)).eligible()).isTrue();
  }

  @Test
  void a_host_adds_its_own_territory_rule_without_forking() {
    EligibilityRule territory = EligibilityRule.of("host.territory", ctx -> ctx.household().territory()
        .filter(List.of("30189", "30334")::contains)
        .map(t -> RuleOutcome.passed("host.territory", "Commune couverte.", "Covered commune."))
        .orElse(RuleOutcome.failed("host.territory", "Commune hors territoire.", "Commune outside the territory.")));
    EligibilityPolicy withTerritory = EligibilityPolicy.standard().with(territory);
    EligibilityDecision decision = withTerritory.decide(new EligibilityContext(
        Fixtures.assessed(OfferCode.MIP, ReferralReason.CRISIS), Fixtures.offer(OfferCode.MIP),
        Fixtures.singleMother(), List.of(), RECEIVED));
    assertThat(decision.failures()).extracting(RuleOutcome::rule).containsExactly("host.territory");
    assertThat(decision.outcomes()).last().extracting(RuleOutcome::rule).isEqualTo("host.territory");
  }
}
