package org.liens.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.time.api.Dates;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.household.Caregiver;
import org.liens.household.CaredForPerson;
import org.liens.household.Child;
import org.liens.household.Condition;
import org.liens.household.EmploymentSituation;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;
import org.liens.referral.Consent;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;

class EligibilityProperties {

  @Property(tries = 300)
  @Label("outcome(rule) gives the outcome of that rule, by code or by rule, and nothing for a rule not checked")
  void one_rule_outcome_by_code(@ForAll("contexts") EligibilityContext context) {
    EligibilityPolicy policy = EligibilityPolicy.standard();
    EligibilityDecision decision = policy.decide(context);

    for (int i = 0; i < policy.rules().size(); i++) {
      EligibilityRule rule = policy.rules().get(i);
      assertThat(decision.outcome(rule.code())).contains(decision.outcomes().get(i));
      assertThat(decision.outcome(rule)).contains(decision.outcomes().get(i));
    }
    assertThat(decision.outcome("host.not-in-this-policy")).isEmpty();
  }

  @Property(tries = 500)
  @Label("A decision explains every rule it checked, and a failed rule always comes with a reason in both languages")
  void decisions_explain_themselves(@ForAll("contexts") EligibilityContext context) {
    EligibilityPolicy policy = EligibilityPolicy.standard();
    EligibilityDecision decision = policy.decide(context);

    assertThat(decision.outcomes()).extracting(RuleOutcome::rule)
        .containsExactlyElementsOf(policy.rules().stream().map(EligibilityRule::code).toList());
    assertThat(decision.outcomes()).allSatisfy(o -> {
      assertThat(o.reason().fr()).isNotBlank();
      assertThat(o.reason().en()).isNotBlank();
    });
    assertThat(decision.eligible()).isEqualTo(decision.failures().isEmpty());
    Statistics.label("eligible").collect(decision.eligible()).coverage(c -> {
      c.check(true).count(n -> n > 0);
      c.check(false).count(n -> n > 0);
    });
  }

  @Property(tries = 500)
  @Label("R9: ARCS passes exactly when some child is in CP or above, or aged 6 on the day of the decision")
  void arcs_age_rule(@ForAll("contexts") EligibilityContext context) {
    RuleOutcome outcome = EligibilityRules.ARCS_CHILD_FROM_CP_OR_AGED_SIX.check(context);
    if (!context.offer().code().equals(OfferCode.ARCS)) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      return;
    }
    boolean expected = context.household().children().stream().anyMatch(c ->
        c.grade().map(g -> g.ordinal() >= SchoolGrade.CP.ordinal()).orElse(false)
            || !c.birthDate().plusYears(6).isAfter(context.date()));
    assertThat(outcome.verdict()).isEqualTo(expected ? Verdict.PASSED : Verdict.FAILED);
    Statistics.label("arcs").collect(outcome.verdict());
  }

  @Property(tries = 500)
  @Label("R7: consent passes exactly when recorded, dated by the decision, and given only by parents (MAPA: caregivers)")
  void consent_rule(@ForAll("contexts") EligibilityContext context, @ForAll boolean stranger) {
    EligibilityContext checked = stranger ? withAStrangerConsenting(context) : context;
    RuleOutcome outcome = EligibilityRules.CONSENT_OF_PARENTS_OR_CAREGIVERS_IS_REQUIRED.check(checked);
    boolean byCaregivers = checked.offer().code().equals(OfferCode.MAPA);
    boolean expected = checked.referral().consent()
        .filter(c -> !c.givenOn().isAfter(checked.date()))
        .filter(c -> c.givenBy().stream().allMatch(p -> byCaregivers
            ? checked.household().caregivers().stream().anyMatch(g -> g.id().equals(p))
            : checked.household().parents().stream().anyMatch(g -> g.id().equals(p))))
        .isPresent();
    assertThat(outcome.verdict()).isEqualTo(expected ? Verdict.PASSED : Verdict.FAILED);
    Statistics.label("consent").collect(outcome.verdict()).coverage(c -> {
      c.check(Verdict.PASSED).count(n -> n > 0);
      c.check(Verdict.FAILED).count(n -> n > 0);
    });
  }

  private static EligibilityContext withAStrangerConsenting(EligibilityContext context) {
    if (context.referral().consent().isEmpty()) {
      return context;
    }
    List<PersonId> givers = new java.util.ArrayList<>(context.referral().consent().get().givenBy());
    givers.add(PersonId.random());
    Referral withStranger = Referral.builder().from(context.referral())
        .consent(new Consent(Fixtures.RECEIVED, givers, context.referral().consent().get().purposes())).build();
    return new EligibilityContext(withStranger, context.offer(), context.household(),
        context.householdAccompaniments(), context.date());
  }

  @Provide
  Arbitrary<EligibilityContext> contexts() {
    Arbitrary<OfferCode> offers = Arbitraries.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA, OfferCode.ARCS);
    Arbitrary<Set<ReferralReason>> reasons = Arbitraries.of(ReferralReason.class).set().ofMinSize(1).ofMaxSize(3);
    Arbitrary<HouseholdProfile> households = households();
    Arbitrary<Boolean> consent = Arbitraries.of(true, true, false);
    Arbitrary<Integer> openMips = Arbitraries.integers().between(0, 1);
    return Combinators.combine(offers, reasons, households, consent, openMips).as((offer, why, household, consented, open) -> {
      Referral referral = Referral.receive(ReferralId.of(UUID.randomUUID()), new ReferralRequest(Fixtures.HOUSEHOLD,
          offer, ReferralSource.familyRequest(), Fixtures.DEPARTEMENT, Fixtures.RECEIVED, why, Optional.empty(),
          Optional.empty())).after();
      if (consented) {
        referral = referral.recordConsent(
            Consent.of(Fixtures.RECEIVED, household.adults().toArray(PersonId[]::new)), Fixtures.RECEIVED).after();
      }
      List<Accompaniment> others = open == 1 ? List.of(Fixtures.opened(OfferCode.MIP)) : List.of();
      return new EligibilityContext(referral, Fixtures.offer(offer), household, others, Fixtures.RECEIVED);
    });
  }

  Arbitrary<HouseholdProfile> households() {
    Arbitrary<PersonName> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
        .map(n -> PersonName.of(n, "Famille"));
    Arbitrary<Child> children = Combinators.combine(names,
            Dates.dates().between(LocalDate.of(2010, 1, 1), LocalDate.of(2023, 9, 1)),
            Arbitraries.of(SchoolGrade.class).optional())
        .as((name, born, grade) -> new Child(PersonId.random(), name, born, grade));
    Arbitrary<Caregiver> caregivers = Combinators.combine(names, names, Arbitraries.of(Relationship.class),
            Arbitraries.of(Condition.class).set().ofMaxSize(2))
        .as((who, whom, relationship, conditions) ->
            new Caregiver(who, List.of(new CaredForPerson(whom, relationship, conditions))));
    return Combinators.combine(names.map(Parent::new).list().ofMaxSize(2), children.list().ofMaxSize(3),
            caregivers.list().ofMaxSize(1), Arbitraries.of(EmploymentSituation.class))
        .as((parents, kids, carers, employment) -> new HouseholdProfile(parents, parents.size() == 1, kids, carers,
            employment, false, Optional.empty()))
        .ignoreException(org.liens.shared.InvalidInputException.class);
  }
}
