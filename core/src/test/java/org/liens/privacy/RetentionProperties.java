package org.liens.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.From;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.HomeVisit;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.household.CaredForPerson;
import org.liens.household.Caregiver;
import org.liens.household.Child;
import org.liens.household.PersonId;
import org.liens.household.EmploymentSituation;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;
import org.liens.shared.PersonName;

/** The retention rule (issue 9, item 6) on random households and dates, and the anonymisation's guarantees. */
class RetentionProperties {
  private static final RetentionPolicy POLICY = RetentionPolicy.standard();
  private static final LocalDate BASE = LocalDate.of(2016, 1, 1);

  /** One accompaniment's life: opened, maybe started with contacts, maybe ended (cancelled) some days later. */
  record Life(int openedDay, Optional<Integer> startAfter, List<Integer> contactDays, Optional<Integer> endAfter) {
    Accompaniment build() {
      LocalDate opened = BASE.plusDays(openedDay);
      Accompaniment a = Fixtures.validated(OfferCode.MIP, opened);
      LocalDate latest = opened;
      if (startAfter.isPresent()) {
        LocalDate start = opened.plusDays(startAfter.get());
        a = a.start(start).after();
        for (int day : contactDays) {
          LocalDate date = start.plusDays(day);
          a = a.record(new HomeVisit(ContactId.of(Fixtures.uuid()), date, Fixtures.EDUCATOR), date).after();
          latest = date.isAfter(latest) ? date : latest;
        }
      }
      if (endAfter.isPresent()) {
        LocalDate end = latest.plusDays(endAfter.get());
        a = a.cancel("la famille a déménagé", end, end).after();
      }
      return a;
    }
  }

  @Provide
  Arbitrary<Life> lives() {
    return Combinators.combine(
        Arbitraries.integers().between(0, 3000),
        Arbitraries.integers().between(0, 30).optional(0.8),
        Arbitraries.integers().between(0, 170).list().ofMaxSize(4),
        Arbitraries.integers().between(0, 400).optional(0.95))
        .as(Life::new);
  }

  @Property(tries = 300)
  @Label("a household is anonymised exactly when none of its accompaniments is inside the window: open, or ended "
      + "less than two years before (the later of the last contact and the end)")
  void anonymised_exactly_when_no_accompaniment_is_inside_the_window(
      @ForAll @Size(min = 1, max = 3) List<@From("lives") Life> lives,
      @ForAll @IntRange(min = 0, max = 5000) int asOfDay) {
    List<Accompaniment> accompaniments = lives.stream().map(Life::build).toList();
    LocalDate asOf = BASE.plusDays(asOfDay);

    boolean inside = accompaniments.stream().anyMatch(a -> a.isOpen()
        || asOf.isBefore(a.endedOn().orElseThrow().plusYears(2)));
    RetentionDecision decision = POLICY.decide(HouseholdId.of(Fixtures.uuid()), List.of(), accompaniments, asOf);

    Statistics.label("anonymised").collect(!inside);
    Statistics.label("anonymised").coverage(c -> {
      c.check(true).count(n -> n >= 5);
      c.check(false).count(n -> n >= 5);
    });
    Statistics.label("reason").collect(decision.reason());
    assertThat(decision.expired()).isEqualTo(!inside);
    assertThat(decision.mayErase()).isEqualTo(!inside);
    if (decision.keptUntil().isPresent()) {
      LocalDate lastEnd = accompaniments.stream().map(a -> a.endedOn().orElseThrow()).max(LocalDate::compareTo)
          .orElseThrow();
      assertThat(decision.keptUntil()).contains(lastEnd.plusYears(2).minusDays(1));
      assertThat(decision.lastActivity()).contains(lastEnd);
    }
    assertThat(decision.explanation().en()).doesNotContain("déménagé");
  }

  @Property(tries = 200)
  @Label("anonymising keeps the figures (composition, flags, employment, birth years), removes every name, and "
      + "changes nothing the second time")
  void anonymisation_keeps_the_figures_and_is_idempotent(@ForAll("profiles") HouseholdProfile profile) {
    Anonymisation once = Anonymisation.of(profile);
    HouseholdProfile p = once.profile();

    assertThat(Anonymisation.of(p).profile()).isEqualTo(p);
    assertThat(p.personIds()).as("person ids stay").isEqualTo(profile.personIds());
    assertThat(p.parents()).hasSameSizeAs(profile.parents());
    assertThat(p.singleParent()).isEqualTo(profile.singleParent());
    assertThat(p.employment()).isEqualTo(profile.employment());
    assertThat(p.belowPovertyLine()).isEqualTo(profile.belowPovertyLine());
    assertThat(p.children()).extracting(c -> c.birthDate().getYear())
        .containsExactlyElementsOf(profile.children().stream().map(c -> c.birthDate().getYear()).toList());
    assertThat(p.caregivers()).extracting(c -> c.caresFor().size())
        .containsExactlyElementsOf(profile.caregivers().stream().map(c -> c.caresFor().size()).toList());
    List<PersonName> names = new ArrayList<>();
    p.parents().forEach(x -> names.add(x.name()));
    p.caregivers().forEach(x -> names.add(x.name()));
    p.children().forEach(c -> names.add(c.name()));
    p.caregivers().forEach(c -> c.caresFor().forEach(x -> names.add(x.name())));
    assertThat(names).allMatch(n -> n.given().equals(Anonymisation.GIVEN));
    assertThat(p.caregivers()).allMatch(c -> c.caresFor().stream().allMatch(x -> x.conditions().isEmpty()));
    assertThat(p.territory()).isEmpty();
  }

  @Provide
  Arbitrary<HouseholdProfile> profiles() {
    Arbitrary<PersonName> names = Combinators.combine(
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)).as(PersonName::of);
    Arbitrary<Child> children = Combinators.combine(names,
        Arbitraries.integers().between(0, 7000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d)),
        Arbitraries.of(SchoolGrade.class).optional())
        .as((name, born, grade) -> new Child(PersonId.random(), name, born, grade));
    Arbitrary<Caregiver> caregivers = Combinators.combine(names,
        Combinators.combine(names, Arbitraries.of(Relationship.class))
            .as((n, r) -> new CaredForPerson(n, r, Set.of())).list().ofMaxSize(2))
        .as(Caregiver::new);
    return Combinators.combine(names.list().ofMaxSize(2).uniqueElements(), children.list().ofMaxSize(4),
            caregivers.list().ofMaxSize(2), Arbitraries.of(EmploymentSituation.class), Arbitraries.of(true, false))
        .as((parents, kids, cares, employment, poor) -> new HouseholdProfile(
            parents.stream().map(Parent::new).toList(), parents.size() == 1 && poor, kids,
            parents.isEmpty() && cares.isEmpty() ? List.of(new Caregiver(PersonName.of("A", "B"), List.of())) : cares,
            employment, poor, Optional.of("30334")));
  }
}
