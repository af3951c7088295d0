package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.staff.StaffId;
import org.liens.catalog.OfferCode;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationKind;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.referral.ReferralStatus;
import org.liens.shared.LiensException;
import org.liens.shared.PersonName;
import org.liens.storage.Storage;

/**
 * Random sequences of use cases (register, receive, consent, assess, validate, reject, start, record, cancel) run
 * through the application services on the adapter: after every step the store matches a simple reference model,
 * and a refused use case changes nothing.
 */
public interface UseCaseChainContract extends StorageFactory {

  /** The system under test and the reference model it must agree with. */
  final class Model {
    final Storage storage;
    final TestClock clock = new TestClock(LocalDate.of(2024, 1, 8));
    final List<org.liens.event.DomainEvent> delivered = new ArrayList<>();
    final Liens liens;
    final Organisation prescriber;
    final Organisation funder;
    final List<HouseholdId> households = new ArrayList<>();
    final Map<ReferralId, ReferralStatus> referrals = new LinkedHashMap<>();
    final Map<ReferralId, OfferCode> referralOffers = new LinkedHashMap<>();
    final Map<ReferralId, HouseholdId> referralHouseholds = new LinkedHashMap<>();
    final Map<AccompanimentId, AccompanimentStatus> accompaniments = new LinkedHashMap<>();
    final Map<AccompanimentId, Integer> contacts = new LinkedHashMap<>();
    final Map<AccompanimentId, HouseholdId> accompanimentHouseholds = new LinkedHashMap<>();
    final Map<AccompanimentId, OfferCode> accompanimentOffers = new LinkedHashMap<>();
    final Set<AccompanimentId> notShared = new HashSet<>();

    Model(Storage storage) {
      this.storage = storage;
      this.liens = Liens.builder().storage(storage).clock(clock).listener(delivered::add).build();
      this.prescriber = liens.organisations().register(World.COORDINATOR, "CCAS", OrganisationKind.CCAS);
      this.funder = liens.organisations().register(World.COORDINATOR, "Département", OrganisationKind.DEPARTEMENT);
      Staffing.register(liens, World.COORDINATOR, StaffId.of(new UUID(8, 1)), StaffId.of(new UUID(8, 2)));
    }

    <T> boolean attempt(String useCase, Supplier<T> call, java.util.function.Consumer<T> onSuccess) {
      try {
        T result = call.get();
        onSuccess.accept(result);
        Statistics.label("use case").collect(useCase + " done");
        return true;
      } catch (LiensException refused) {
        Statistics.label("use case").collect(useCase + " refused");
        return false;
      }
    }

    LocalDate today() {
      return clock.today();
    }

    @Override
    public String toString() {
      return households.size() + " households, " + referrals + ", " + accompaniments;
    }
  }

  /**
   * Contract: use cases keep the store consistent.
   *
   * @param chain the random use cases, run against the storage and a model
   */
  @Property(tries = 60)
  @Label("use cases: the store always agrees with the reference model, and refusals change nothing")
  default void use_cases_keep_the_store_consistent(@ForAll("useCases") ActionChain<Model> chain) {
    chain.withInvariant("store matches the model", UseCaseChainContract::check).run();
    Statistics.label("use case").coverage(c -> {
      for (String useCase : List.of("register", "receive", "consent", "assess", "validate", "reject", "start",
          "visit", "cancel")) {
        c.check(useCase + " done").count(n -> n > 0);
      }
      c.check("validate refused").count(n -> n > 0);
      c.check("visit refused").count(n -> n > 0);
    });
  }

  /** {@return random chains of use cases, run on the storage under test and checked against a model} */
  @Provide
  default Arbitrary<ActionChain<Model>> useCases() {
    return ActionChain.startWith(() -> new Model(newStorage()))
        .withAction(2, registerHousehold())
        .withAction(3, receive())
        .withAction(3, consent())
        .withAction(3, assess())
        .withAction(3, validate())
        .withAction(1, reject())
        .withAction(3, start())
        .withAction(4, recordVisit())
        .withAction(1, cancel())
        .withAction(2, sharing())
        .withAction(2, passTime())
        .withMaxTransformations(40);
  }

  private static void check(Model m) {
    m.storage.read(r -> {
      for (var e : m.referrals.entrySet()) {
        assertThat(r.referrals().get(e.getKey()).status()).as("referral status").isEqualTo(e.getValue());
      }
      for (var e : m.accompaniments.entrySet()) {
        Accompaniment stored = r.accompaniments().get(e.getKey());
        assertThat(stored.status()).as("accompaniment status").isEqualTo(e.getValue());
        assertThat(stored.contacts()).as("contacts").hasSize(m.contacts.get(e.getKey()));
      }
      Set<AccompanimentId> open = new HashSet<>();
      m.accompaniments.forEach((id, status) -> {
        if (status.isOpen()) {
          open.add(id);
        }
      });
      assertThat(r.accompaniments().open()).extracting(Accompaniment::id).containsExactlyInAnyOrderElementsOf(open);
      open.removeAll(m.notShared);
      assertThat(r.accompaniments().openOfPrescriber(m.prescriber.id())).extracting(Accompaniment::id)
          .as("the prescriber sees the open accompaniments whose sharing consent is in force")
          .containsExactlyInAnyOrderElementsOf(open);
      for (HouseholdId household : m.households) {
        List<OfferCode> openOffers = r.accompaniments().ofHousehold(household).stream()
            .filter(Accompaniment::isOpen).map(a -> a.offer().code()).toList();
        assertThat(openOffers).as("one open accompaniment per offer").doesNotHaveDuplicates();
      }
      assertThat(r.outbox().pending(100_000)).as("every delivered event is in the outbox")
          .containsExactlyElementsOf(m.delivered);
      return null;
    });
  }

  private static <T> T pick(List<T> values, int index) {
    return values.get(index % values.size());
  }

  private static Action.Independent<Model> registerHousehold() {
    return () -> Arbitraries.just(Transformer.mutate("register household", m -> m.attempt("register",
        () -> m.liens.households().register(World.COORDINATOR, Profiles.parentAndCaregiverWithChild()),
        h -> m.households.add(h.id()))));
  }

  private static Action.Dependent<Model> receive() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(Model m) {
        return !m.households.isEmpty();
      }

      @Override
      public Arbitrary<Transformer<Model>> transformer(Model m) {
        return Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA), Arbitraries.integers().between(0, 4))
            .as((h, offer, dice) -> Transformer.mutate("receive " + offer + " " + dice, model -> {
              ReferralReason reason = dice == 0 ? ReferralReason.OTHER : switch (offer.value()) {
                case "MIP" -> ReferralReason.FAMILY_EVENT;
                case "MADI" -> ReferralReason.ACUTE_CRISIS;
                default -> ReferralReason.CAREGIVER_CRISIS;
              };
              HouseholdId household = pick(model.households, h);
              model.attempt("receive", () -> model.liens.referrals().receive(World.COORDINATOR, ReferralRequest.of(
                  household, offer, ReferralSource.fieldWorker(model.prescriber.id(), PersonName.of("Paul", "D")),
                  model.funder.id(), model.today(), reason)), referral -> {
                    model.referrals.put(referral.id(), ReferralStatus.RECEIVED);
                    model.referralOffers.put(referral.id(), offer);
                    model.referralHouseholds.put(referral.id(), household);
                  });
            }));
      }
    };
  }

  private static Action.Dependent<Model> onReferral(String name, Command<ReferralId> command) {
    // mostly an undecided referral; a decided one in one case out of four (variant 3)
    return onOne(name, m -> m.referrals, status -> !status.isTerminal(), Arbitraries.integers().between(0, 3),
        (i, variant) -> variant < 3, command);
  }

  /**
   * A use case on one aggregate of the model, picked by a random index among those in a preferred status (or among
   * all, when {@code preferred} says so or none is), with a random number for the use case.
   */
  private static <I, S> Action.Dependent<Model> onOne(String name, Function<Model, Map<I, S>> statuses,
      Predicate<S> inPreferredStatus, Arbitrary<Integer> numbers, BiPredicate<Integer, Integer> preferred,
      Command<I> command) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(Model m) {
        return !statuses.apply(m).isEmpty();
      }

      @Override
      public Arbitrary<Transformer<Model>> transformer(Model m) {
        return Combinators.combine(Arbitraries.integers().between(0, 99), numbers)
            .as((i, n) -> Transformer.mutate(name + " #" + i + " " + n, model -> {
              Map<I, S> all = statuses.apply(model);
              List<I> inStatus = all.entrySet().stream()
                  .filter(e -> inPreferredStatus.test(e.getValue())).map(Map.Entry::getKey).toList();
              List<I> candidates = preferred.test(i, n) && !inStatus.isEmpty() ? inStatus : new ArrayList<>(all.keySet());
              command.run(model, pick(candidates, i), n);
            }));
      }
    };
  }

  /**
   * A use case on one aggregate of the model.
   *
   * @param <I> the aggregate's id
   */
  @FunctionalInterface
  interface Command<I> {
    /**
     * Runs the use case.
     *
     * @param m the model, updated with what the use case did
     * @param id the aggregate acted on
     * @param number a random number: the variant of a referral's use case, the days of an accompaniment's
     */
    void run(Model m, I id, int number);
  }

  private static Action.Dependent<Model> consent() {
    return onReferral("consent", (m, id, variant) -> m.attempt("consent", () -> m.liens.referrals().recordConsent(
        World.COORDINATOR, id, Consent.of(m.today(), variant == 0 ? PersonId.random()
            : Profiles.ANNE)), r -> { }));
  }

  private static Action.Dependent<Model> assess() {
    return onReferral("assess", (m, id, variant) -> m.attempt("assess", () -> m.liens.referrals().assess(
        World.COORDINATOR, id, new NeedsAssessment(m.today(), "Besoins.")),
        r -> m.referrals.put(id, ReferralStatus.ASSESSED)));
  }

  private static Action.Dependent<Model> reject() {
    return onReferral("reject", (m, id, variant) -> m.attempt("reject",
        () -> m.liens.referrals().reject(World.COORDINATOR, id, variant == 0 ? " " : "Hors territoire"),
        r -> m.referrals.put(id, ReferralStatus.REJECTED)));
  }

  private static Action.Dependent<Model> validate() {
    StaffId lea = StaffId.of(new UUID(8, 1));
    StaffId sam = StaffId.of(new UUID(8, 2));
    return onReferral("validate", (m, id, variant) -> m.attempt("validate",
        () -> m.liens.referrals().validate(World.COORDINATOR, id, variant == 0 ? List.of(lea, sam) : List.of(lea)),
        accompaniment -> {
          // validating again with a team it holds returns the accompaniment as it is now (safe retries)
          boolean again = m.referrals.get(id) == ReferralStatus.VALIDATED;
          assertThat(m.accompaniments.containsKey(accompaniment.id())).isEqualTo(again);
          m.referrals.put(id, ReferralStatus.VALIDATED);
          m.accompaniments.putIfAbsent(accompaniment.id(), AccompanimentStatus.VALIDATED);
          m.contacts.putIfAbsent(accompaniment.id(), 0);
          m.accompanimentHouseholds.put(accompaniment.id(), m.referralHouseholds.get(id));
          m.accompanimentOffers.put(accompaniment.id(), m.referralOffers.get(id));
          assertThat(accompaniment.offer().code()).isEqualTo(m.referralOffers.get(id));
        }));
  }

  private static Action.Dependent<Model> onAccompaniment(String name, Command<AccompanimentId> command) {
    // mostly an open accompaniment; any one in one case out of four (i divisible by 4)
    return onOne(name, m -> m.accompaniments, AccompanimentStatus::isOpen, Arbitraries.integers().between(-5, 40),
        (i, days) -> i % 4 != 0, command);
  }

  private static Action.Dependent<Model> start() {
    return onAccompaniment("start", (m, id, days) -> m.attempt("start",
        () -> m.liens.accompaniments().start(World.COORDINATOR, id, m.today().minusDays(days / 4)),
        a -> m.accompaniments.put(id, AccompanimentStatus.ACTIVE)));
  }

  private static Action.Dependent<Model> recordVisit() {
    return onAccompaniment("visit", (m, id, days) -> m.attempt("visit",
        () -> m.liens.accompaniments().recordHomeVisit(World.COORDINATOR, id, m.today().minusDays(days / 8),
            StaffId.of(new UUID(8, 1))),
        a -> m.contacts.merge(id, 1, Integer::sum)));
  }

  /** The family revokes the sharing with the prescriber, or gives it again (issue 9). */
  private static Action.Dependent<Model> sharing() {
    return onAccompaniment("sharing", (m, id, days) -> {
      boolean revoke = !m.notShared.contains(id);
      List<PersonId> by = List.of(days % 9 == 0 ? PersonId.random() : Profiles.ANNE);
      m.attempt(revoke ? "revoke sharing" : "give sharing", () -> revoke
              ? m.liens.accompaniments().revokeSharingConsent(World.COORDINATOR, id, m.today(), by)
              : m.liens.accompaniments().giveSharingConsent(World.COORDINATOR, id, m.today(), by),
          a -> {
            if (revoke) {
              m.notShared.add(id);
            } else {
              m.notShared.remove(id);
            }
            assertThat(a.sharesProgressWithPrescriber()).isEqualTo(!revoke);
          });
    });
  }

  private static Action.Dependent<Model> cancel() {
    return onAccompaniment("cancel", (m, id, days) -> m.attempt("cancel",
        () -> m.liens.accompaniments().cancel(World.COORDINATOR, id, "Fin", m.today()),
        a -> m.accompaniments.put(id, AccompanimentStatus.CANCELLED)));
  }

  private static Action.Independent<Model> passTime() {
    return () -> Arbitraries.integers().between(1, 45).map(days -> Transformer.mutate("+" + days + " days",
        m -> m.clock.set(m.today().plusDays(days))));
  }
}
