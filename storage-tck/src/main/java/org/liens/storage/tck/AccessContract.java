package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.liens.Liens;
import org.liens.access.AccessDeniedException;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.application.CaseloadEntry;
import org.liens.accompaniment.application.FunderView;
import org.liens.accompaniment.application.PrescriberView;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditOutcome;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Referral;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.staff.StaffId;
import org.liens.storage.Storage;

/**
 * Contract (access, issue 9): for random actors and random caseloads, every read and every caseload query of the
 * services returns exactly what a reference filter of the README's matrix allows, a refusal reads exactly as asking
 * for something that does not exist, a refused write changes nothing, and every allowed or refused call leaves one
 * entry of that outcome in the audit trail. The reference filter below is written from
 * the matrix, independently of {@code AccessPolicy}.
 */
public interface AccessContract extends StorageFactory {

  /** {@return up to ten random accompaniments} */
  @Provide
  default Arbitrary<List<Population.Spec>> accessPopulations() {
    return Population.specs().list().ofMaxSize(10);
  }

  /**
   * {@return actors of every role, with or without an organisation of the population; educators with or without the
   * id of a staff member of the population (registered, active): an actor naming a staff member it is not is
   * {@link StaffAccessContract}'s}
   */
  @Provide
  default Arbitrary<Actor> actors() {
    return Combinators.combine(Arbitraries.of(Role.class),
            Arbitraries.integers().between(0, Population.ORGANISATION_NAMES.size() - 1).optional(0.8),
            Arbitraries.integers().between(0, Population.EDUCATORS.size() - 1).optional(0.7))
        .as((role, organisation, staff) -> new Actor("user-" + role.ordinal(), role,
            organisation.map(i -> OrganisationId.of(new UUID(3, i))),
            role == Role.EDUCATOR ? staff.map(Population.EDUCATORS::get) : Optional.empty()));
  }

  /**
   * Contract (access): reads and queries return what the matrix allows, nothing more, nothing less.
   *
   * @param specs the random accompaniments written
   * @param actor who asks
   */
  @Property(tries = 40)
  @Label("access: every read and query returns exactly what a reference filter of the matrix allows")
  default void reads_follow_the_matrix(
      @ForAll("accessPopulations") List<Population.Spec> specs, @ForAll("actors") Actor actor) {
    Storage storage = newStorage();
    Population p = Population.write(storage, specs);
    Liens liens = liensOn(storage);
    Throwable missing = catchThrowable(() -> liens.accompaniments().get(actor, AccompanimentId.of(new UUID(9, 9))));
    boolean coordinator = actor.role() == Role.COORDINATOR;
    int[] tally = {0, coordinator ? 0 : 1}; // allowed, denied (asking for a missing id is denied unless coordinator)
    if (!coordinator) {
      assertThat(missing).isInstanceOf(AccessDeniedException.class);
    }
    for (Accompaniment a : p.accompaniments) {
      expect(tally, missing, coordinator || onTeam(actor, a.team()),
          () -> liens.accompaniments().get(actor, a.id()), a);
      boolean referredByActor = actor.role() == Role.PRESCRIBER && a.prescriber().equals(actor.organisation());
      expect(tally, missing, a.prescriber().isPresent() && a.sharesProgressWithPrescriber()
          && (coordinator || referredByActor),
          () -> liens.accompaniments().prescriberView(actor, a.id()),
          a.prescriber().map(o -> PrescriberView.of(a, o, Population.TODAY)).orElse(null));
    }
    for (Household h : p.households) {
      boolean educator = p.accompaniments.stream().anyMatch(a -> a.household().equals(h.id()) && onTeam(actor, a.team()));
      expect(tally, missing, coordinator || educator, () -> liens.households().get(actor, h.id()), h);
    }
    for (Referral r : p.referrals) {
      expect(tally, missing, coordinator, () -> liens.referrals().get(actor, r.id()), r);
    }
    boolean educatorWithStaff = actor.role() == Role.EDUCATOR && actor.staff().isPresent();
    expect(tally, missing, coordinator || educatorWithStaff, () -> liens.caseload().all(actor),
        entries(p, a -> coordinator || onTeam(actor, a.team())));
    LocalDate last = Population.TODAY.plusDays(400);
    expect(tally, missing, coordinator || educatorWithStaff, () -> liens.caseload().endingWithin(actor, 400),
        entries(p, a -> (coordinator || onTeam(actor, a.team())) && a.status() == AccompanimentStatus.ACTIVE
            && a.lastDay().filter(d -> !d.isBefore(Population.TODAY) && !d.isAfter(last)).isPresent()));
    for (StaffId e : Population.EDUCATORS) {
      expect(tally, missing, coordinator || onTeam(actor, List.of(e)), () -> liens.caseload().ofEducator(actor, e),
          entries(p, a -> a.team().contains(e)));
    }
    for (Organisation o : p.organisations) {
      boolean self = actor.organisation().equals(Optional.of(o.id()));
      expect(tally, missing, coordinator || (actor.role() == Role.PRESCRIBER && self),
          () -> liens.caseload().ofPrescriber(actor, o.id()), p.accompaniments.stream()
              .filter(a -> a.isOpen() && a.prescriber().equals(Optional.of(o.id())) && a.sharesProgressWithPrescriber())
              .map(a -> PrescriberView.of(a, o.id(), Population.TODAY)).toList());
      expect(tally, missing, coordinator || (actor.role() == Role.FUNDER && self),
          () -> liens.caseload().ofFunder(actor, o.id()),
          p.accompaniments.stream().filter(a -> a.isOpen() && a.funder().equals(o.id())).map(FunderView::of).toList());
    }
    List<AuditEntry> trail = trailOf(storage, actor);
    assertThat(trail).filteredOn(e -> e.outcome() == AuditOutcome.ALLOWED).hasSize(tally[0]);
    assertThat(trail).filteredOn(e -> e.outcome() == AuditOutcome.DENIED).hasSize(tally[1]);
    Statistics.label("role").collect(actor.role());
  }

  /**
   * Contract (access): a refused write throws {@code ACCESS_DENIED}, reads as a missing aggregate, and changes
   * nothing in storage.
   *
   * @param specs the random accompaniments written
   * @param actor who asks
   */
  @Property(tries = 30)
  @Label("access: a refused write changes nothing and reads as a missing aggregate")
  default void refused_writes_change_nothing(
      @ForAll("accessPopulations") List<Population.Spec> specs, @ForAll("actors") Actor actor) {
    Storage storage = newStorage();
    Population p = Population.write(storage, specs);
    Liens liens = liensOn(storage);
    LocalDate day = Population.TODAY;
    Set<HouseholdId> refusedOn = new HashSet<>();
    int refusals = actor.role() == Role.COORDINATOR ? 0 : 1;
    Throwable missing = catchThrowable(() -> liens.accompaniments().recordHomeVisit(
        actor, AccompanimentId.of(new UUID(9, 9)), day, Population.EDUCATORS.get(0)));
    for (Accompaniment a : p.accompaniments) {
      boolean mayRecord = actor.role() == Role.COORDINATOR || onTeam(actor, a.team());
      if (!mayRecord) {
        Throwable refused = catchThrowable(() -> liens.accompaniments().recordHomeVisit(
            actor, a.id(), day, a.team().get(0)));
        sameRefusal(refused, missing);
        Throwable cancel = catchThrowable(() -> liens.accompaniments().cancel(actor, a.id(), "Motif", day));
        sameRefusal(cancel, missing);
        Optional<Accompaniment> after = storage.read(r -> r.accompaniments().find(a.id()));
        assertThat(after).contains(a);
        refusals += 2;
        if (actor.role() == Role.EDUCATOR) { // granted, out of scope: refused on what it loaded, which is named
          refusedOn.add(a.household());
        }
        Statistics.label("refused").collect("refused");
      }
    }
    if (actor.role() != Role.COORDINATOR) {
      for (Household h : p.households) {
        sameRefusal(catchThrowable(() -> liens.households().update(actor, h.id(), h.version(), h.profile())),
            catchThrowable(() -> liens.households().update(actor, HouseholdId.of(new UUID(9, 8)), 0, h.profile())));
        Household after = storage.read(r -> r.households().get(h.id()));
        assertThat(after).isEqualTo(h);
        refusals += 2;
      }
    }
    List<AuditEntry> trail = trailOf(storage, actor);
    assertThat(trail).hasSize(refusals).allMatch(e -> e.outcome() == AuditOutcome.DENIED);
    assertThat(trail.stream().flatMap(e -> e.households().stream())).containsAll(refusedOn);
  }

  private static Liens liensOn(Storage storage) {
    return Liens.builder().storage(storage).clock(new TestClock(Population.TODAY)).build();
  }

  private static List<AuditEntry> trailOf(Storage storage, Actor actor) {
    return storage.read(r -> r.auditTrail().ofActor(actor.userId(), AuditEntry.EARLIEST, AuditEntry.END));
  }

  private static boolean onTeam(Actor actor, List<StaffId> team) {
    return actor.role() == Role.EDUCATOR && actor.staff().filter(team::contains).isPresent();
  }

  private static List<CaseloadEntry> entries(Population p, Predicate<Accompaniment> visible) {
    return p.accompaniments.stream().filter(Accompaniment::isOpen).filter(visible)
        .map(a -> CaseloadEntry.of(a, Population.TODAY)).toList();
  }

  /** Allowed: the call returns {@code expected} (lists in any order); refused: it fails exactly as {@code missing}. */
  private static <T> void expect(int[] tally, Throwable missing, boolean allowed, Supplier<T> call, T expected) {
    tally[allowed ? 0 : 1]++;
    if (allowed) {
      T actual = call.get();
      if (actual instanceof List<?> list) {
        assertThat(List.<Object>copyOf(list)).containsExactlyInAnyOrderElementsOf(List.copyOf((List<?>) expected));
      } else {
        assertThat(actual).isEqualTo(expected);
      }
    } else {
      sameRefusal(catchThrowable(call::get), missing);
    }
  }

  private static void sameRefusal(Throwable refused, Throwable missing) {
    assertThat(refused).isInstanceOf(AccessDeniedException.class);
    assertThat(((LiensException) refused).code()).isEqualTo(ErrorCode.ACCESS_DENIED);
    assertThat(refused.getMessage()).isEqualTo(AccessDeniedException.denied().getMessage());
    if (missing instanceof AccessDeniedException) {
      assertThat(refused).hasMessage(missing.getMessage()).hasSameClassAs(missing);
    }
  }
}
