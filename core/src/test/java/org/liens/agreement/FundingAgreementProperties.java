package org.liens.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.json.TariffsJson;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.shared.LiensException;
import org.liens.fixtures.Fixtures;

class FundingAgreementProperties {
  private static final OrganisationId CAF = Fixtures.organisation();
  private static final OrganisationId MSA = Fixtures.organisation();
  private static final List<OfferCode> OFFERS = List.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA);

  /** The agreement, and what happened to it, for statistics. */
  static final class State {
    FundingAgreement agreement;
    final List<String> refusals = new ArrayList<>();

    State(FundingAgreement agreement) {
      this.agreement = agreement;
    }

    @Override
    public String toString() {
      return "held=" + agreement.places().stream().filter(Place::held).count() + " billed=" + agreement.billed();
    }
  }

  static State fresh() {
    AgreementTerms terms = new AgreementTerms("P-2023", AgreementPeriod.year(2023),
        List.of(FunderShare.of(CAF, "60"), FunderShare.of(MSA, "40")),
        List.of(AgreementLineTerms.atTariff(OfferCode.MIP, 2), AgreementLineTerms.atTariff(OfferCode.MADI, 1)));
    return new State(FundingAgreement.conclude(AgreementId.of(Fixtures.uuid()), terms, TariffsJson.standard2023(),
        LocalDate.of(2022, 12, 1)).after());
  }

  /** Applies a command; a refused one must leave the agreement exactly as it was. */
  static Transformer<State> attempt(String description, java.util.function.Function<FundingAgreement, FundingAgreement> command) {
    return Transformer.mutate(description, state -> {
      FundingAgreement before = state.agreement;
      try {
        state.agreement = command.apply(before);
      } catch (LiensException refused) {
        assertThat(state.agreement).isSameAs(before);
        state.refusals.add(refused.code().name());
      }
    });
  }

  static Action.Independent<State> takePlace() {
    return () -> Combinators.combine(
            Arbitraries.of(OFFERS), Arbitraries.of(WaitlistPolicy.class), Arbitraries.integers().between(-20, 380),
            Arbitraries.of(CAF, MSA))
        .as((offer, policy, day, funder) -> attempt("take " + offer + " day " + day + " " + policy,
            a -> a.takePlace(AccompanimentId.of(UUID.randomUUID()), offer, funder, LocalDate.of(2023, 1, 1).plusDays(day),
                policy).after()));
  }

  static Action.Dependent<State> releasePlace() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(State state) {
        return !state.agreement.places().isEmpty() || !state.agreement.waitlist().isEmpty();
      }

      @Override
      public Arbitrary<Transformer<State>> transformer(State state) {
        List<AccompanimentId> ids = new ArrayList<>();
        state.agreement.places().forEach(p -> ids.add(p.accompaniment()));
        state.agreement.waitlist().forEach(w -> ids.add(w.accompaniment()));
        return Arbitraries.of(ids).map(id -> attempt("release " + id,
            a -> a.releasePlace(id, LocalDate.of(2023, 12, 31)).after()));
      }
    };
  }

  static Action.Independent<State> charge() {
    return () -> Arbitraries.longs().between(-300_000, 300_000)
        .map(cents -> attempt("charge " + Money.ofCents(cents),
            a -> a.charge(UUID.randomUUID(), LocalDate.of(2023, 6, 1), Money.ofCents(cents)).after()));
  }

  @Provide
  Arbitrary<ActionChain<State>> chains() {
    return ActionChain.startWith(FundingAgreementProperties::fresh)
        .withAction(3, takePlace())
        .withAction(1, releasePlace())
        .withAction(3, charge())
        .withMaxTransformations(40);
  }

  @Property(tries = 300)
  @Label("An agreement's places and budget are never exceeded, whatever the sequence of places, releases and charges")
  void placesAndBudgetAreNeverExceeded(@ForAll("chains") ActionChain<State> chain) {
    chain.withInvariant("places held ≤ places, 0 ≤ billed ≤ budget", state -> {
      FundingAgreement a = state.agreement;
      for (AgreementLine line : a.lines()) {
        assertThat(a.held(line.offer())).isLessThanOrEqualTo(line.places());
        assertThat(a.remainingPlaces(line.offer(), LocalDate.of(2023, 12, 31))).isBetween(0, line.places());
      }
      assertThat(a.billed().isNegative()).isFalse();
      assertThat(a.billed()).isLessThanOrEqualTo(a.budget());
      assertThat(a.committed(LocalDate.of(2023, 12, 31))).isLessThanOrEqualTo(a.budget());
    });
    State end = chain.run();
    Statistics.label("refusals").collect(end.refusals.contains("NO_PLACE_LEFT") ? "NO_PLACE_LEFT seen" : "no full offer");
    Statistics.label("budget").collect(end.refusals.contains("BUDGET_EXCEEDED") ? "BUDGET_EXCEEDED seen" : "budget not reached");
    Statistics.label("refusals").coverage(c -> c.check("NO_PLACE_LEFT seen").count(n -> n > 0));
    Statistics.label("budget").coverage(c -> c.check("BUDGET_EXCEEDED seen").count(n -> n > 0));
  }
}
