package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.access.AccessDeniedException;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.OfferCode;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.Bounds;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;
import org.liens.staff.StaffRole;
import org.liens.staff.application.StaffService;
import org.liens.storage.Storage;

/**
 * The staff registry on every adapter: staff members read back equal, refer to an existing organisation, and teams
 * (validation, change of team, contacts) take only registered staff active that day as educators or practitioners;
 * a refused team stores nothing. An actor resolves to its active staff member, or is denied without saying why.
 */
public interface StaffContract extends StorageFactory {

  /** How a staff member of a generated team stands on the day its team is set. */
  enum Standing {
    /** Registered, active from long ago, no last day. */
    ACTIVE,
    /** Registered, its first day today. */
    ACTIVE_FROM_TODAY,
    /** Registered, its last day today (included). */
    ACTIVE_UNTIL_TODAY,
    /** Never registered. */
    UNKNOWN,
    /** Registered, its first day tomorrow. */
    NOT_YET,
    /** Registered, its last day yesterday. */
    ENDED,
    /** Registered and active, but as a coordinator only. */
    COORDINATOR_ONLY;

    boolean accepted() {
      return this == ACTIVE || this == ACTIVE_FROM_TODAY || this == ACTIVE_UNTIL_TODAY;
    }
  }

  /** {@return teams of one to four members, each standing somewhere} */
  @Provide
  default Arbitrary<List<Standing>> teams() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.of(Standing.ACTIVE, Standing.ACTIVE_FROM_TODAY,
            Standing.ACTIVE_UNTIL_TODAY)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(Standing.class))).list().ofMinSize(1).ofMaxSize(4);
  }

  /**
   * Contract (staff): a team with any unknown or inactive member is refused with the code of the first one, and
   * nothing is stored; a team of active educators and practitioners is accepted.
   *
   * @param standings how each member of the team stands today
   * @param changeTeam whether the team replaces a MADI's (else it opens the assessed MAPA with its first member)
   * @param practitionerOnly whether active members are practitioners only (else educators, some also practitioners)
   */
  @Property(tries = 30)
  @Label("staff: a team with an unknown or inactive member is refused and stores nothing; active staff are accepted")
  default void teams_take_only_active_educators_and_practitioners(@ForAll("teams") List<Standing> standings,
      @ForAll boolean changeTeam, @ForAll boolean practitionerOnly) {
    World world = newWorld();
    LocalDate today = world.clock.today();
    List<Standing> used = changeTeam ? standings : standings.subList(0, 1);
    List<StaffId> team = new ArrayList<>();
    for (int i = 0; i < used.size(); i++) {
      StaffId id = StaffId.of(new UUID(0x57aff, i));
      register(world, id, used.get(i), today, practitionerOnly ? Set.of(StaffRole.PRACTITIONER)
          : i % 2 == 0 ? Set.of(StaffRole.EDUCATOR) : Set.of(StaffRole.EDUCATOR, StaffRole.PRACTITIONER));
      team.add(id);
    }
    Supplier<Object> stored = () -> world.storage.read(r -> List.of(r.referrals().find(world.assessed.id()),
        r.accompaniments().find(world.madi.id()), r.accompaniments().ofHousehold(world.couple.id()),
        r.outbox().pending(100_000)));
    Object before = stored.get();

    Throwable thrown = catchThrowable(() -> {
      Accompaniment after = changeTeam
          ? world.liens.accompaniments().changeTeam(World.COORDINATOR, world.madi.id(), team)
          : world.liens.referrals().validate(World.COORDINATOR, world.assessed.id(), team);
      assertThat(after.team()).isEqualTo(team);
    });

    Optional<Standing> refused = used.stream().filter(s -> !s.accepted()).findFirst();
    Statistics.label("outcome").collect(refused.map(Standing::name).orElse("accepted"));
    if (refused.isEmpty()) {
      assertThat(thrown).isNull();
    } else {
      assertThat(code(thrown))
          .isEqualTo(refused.get() == Standing.UNKNOWN ? ErrorCode.UNKNOWN_STAFF : ErrorCode.INACTIVE_STAFF);
      assertThat(stored.get()).isEqualTo(before);
    }
  }

  /** {@return the code of {@code thrown}, which must be a {@link LiensException}} */
  private static ErrorCode code(Throwable thrown) {
    assertThat(thrown).isInstanceOf(LiensException.class);
    return ((LiensException) thrown).code();
  }

  private static void register(World world, StaffId id, Standing standing, LocalDate today, Set<StaffRole> roles) {
    StaffService staff = world.liens.staff();
    Actor a = World.COORDINATOR;
    switch (standing) {
      case ACTIVE -> staff.register(a, id, world.employer, roles, Staffing.SINCE);
      case ACTIVE_FROM_TODAY -> staff.register(a, id, world.employer, roles, today);
      case ACTIVE_UNTIL_TODAY -> staff.register(a, id, world.employer, roles, Staffing.SINCE, today);
      case UNKNOWN -> { }
      case NOT_YET -> staff.register(a, id, world.employer, roles, today.plusDays(1));
      case ENDED -> staff.register(a, id, world.employer, roles, Staffing.SINCE, today.minusDays(1));
      case COORDINATOR_ONLY -> staff.register(a, id, world.employer, Set.of(StaffRole.COORDINATOR), Staffing.SINCE);
    }
  }

  /** Contract (staff): staff members read back equal, versions count the saves, listed by organisation and id. */
  @Test
  @DisplayName("staff: members read back equal, versions count the saves, listed by organisation and id")
  default void staff_members_read_back_equal() {
    World world = newWorld();
    StaffService staff = world.liens.staff();
    Actor a = World.COORDINATOR;
    StaffMember bounded = staff.register(a, StaffId.of(new UUID(0x57aff, 9)), world.employer,
        Set.of(StaffRole.values()), Bounds.EARLIEST_DATE, Bounds.LATEST_DATE);
    StaffMember coordinator = staff.register(a, world.ccas.id(), Set.of(StaffRole.COORDINATOR), World.START);
    StaffMember lea = staff.get(a, world.lea);
    lea = staff.changeRoles(a, lea.id(), lea.version(), Set.of(StaffRole.PRACTITIONER, StaffRole.EDUCATOR));
    lea = staff.endActivity(a, lea.id(), lea.version(), World.START.plusYears(1));

    assertThat(bounded.version()).isEqualTo(1);
    assertThat(lea.version()).isEqualTo(3);
    assertThat(lea.activeTo()).contains(World.START.plusYears(1));
    for (StaffMember member : List.of(bounded, coordinator, lea)) {
      Optional<StaffMember> read = world.storage.read(r -> r.staff().find(member.id()));
      assertThat(read).contains(member);
    }
    List<StaffMember> ofEmployer = staff.ofOrganisation(a, world.employer);
    assertThat(ofEmployer).extracting(StaffMember::id)
        .containsExactlyInAnyOrder(world.lea, world.sam, world.practitioner, bounded.id())
        .isSortedAccordingTo((x, y) -> x.value().compareTo(y.value()));
    assertThat(ofEmployer).contains(lea, bounded);
    assertThat(staff.ofOrganisation(a, world.ccas.id())).containsExactly(coordinator);
    assertThat(staff.ofOrganisation(a, world.caf.id())).isEmpty();
  }

  /** Contract (staff): a member of no organisation, a taken id or a stale version is refused and nothing stored. */
  @Test
  @DisplayName("staff: an unknown organisation, a taken id or a stale version is refused and nothing stored")
  default void bad_staff_saves_store_nothing() {
    World world = newWorld();
    StaffService staff = world.liens.staff();
    Actor a = World.COORDINATOR;
    OrganisationId ghost = OrganisationId.of(new UUID(0x57aff, 0xdead));
    StaffId newcomer = StaffId.of(new UUID(0x57aff, 1));

    Throwable dangling = catchThrowable(() -> staff.register(a, newcomer, ghost, Set.of(StaffRole.EDUCATOR),
        World.START));
    assertThat(code(dangling)).isEqualTo(ErrorCode.DANGLING_REFERENCE);
    assertThat(dangling).hasMessageContaining("no organisation " + ghost.value());
    Optional<StaffMember> none = world.storage.read(r -> r.staff().find(newcomer));
    assertThat(none).isEmpty();

    StaffMember lea = staff.get(a, world.lea);
    Throwable duplicate = catchThrowable(() -> staff.register(a, world.lea, world.caf.id(),
        Set.of(StaffRole.COORDINATOR), World.START));
    assertThat(code(duplicate)).isEqualTo(ErrorCode.DUPLICATE_ID);
    StaffMember changed = staff.changeRoles(a, lea.id(), lea.version(), Set.of(StaffRole.COORDINATOR));
    Throwable stale = catchThrowable(() -> staff.endActivity(a, lea.id(), lea.version(), World.START));
    assertThat(code(stale)).isEqualTo(ErrorCode.CONCURRENT_UPDATE);
    Throwable backwards = catchThrowable(() -> staff.changeActivity(a, lea.id(), changed.version(), World.START,
        World.START.minusDays(1)));
    assertThat(code(backwards)).isEqualTo(ErrorCode.INVALID_VALUE);
    StaffMember kept = world.storage.read(r -> r.staff().get(world.lea));
    assertThat(kept).isEqualTo(changed);
  }

  /** Contract (staff): a contact by a team member is refused after its last day of activity, accepted on it. */
  @Test
  @DisplayName("staff: a contact by a team member is refused after its last day, accepted on it")
  default void contacts_take_only_staff_active_on_their_date() {
    World world = newWorld();
    LocalDate today = world.clock.today();
    world.clock.set(today.plusDays(10));
    StaffService staff = world.liens.staff();
    StaffMember lea = staff.get(World.COORDINATOR, world.lea);
    staff.endActivity(World.COORDINATOR, lea.id(), lea.version(), today.plusDays(4));
    Accompaniment before = world.storage.read(r -> r.accompaniments().get(world.madi.id()));

    Throwable late = catchThrowable(() -> world.liens.accompaniments().recordHomeVisit(World.COORDINATOR,
        world.madi.id(), today.plusDays(5), world.lea));
    assertThat(code(late)).isEqualTo(ErrorCode.INACTIVE_STAFF);
    Accompaniment unchanged = world.storage.read(r -> r.accompaniments().get(world.madi.id()));
    assertThat(unchanged).isEqualTo(before);

    Accompaniment onLastDay = world.liens.accompaniments().recordHomeVisit(World.COORDINATOR, world.madi.id(),
        today.plusDays(4), world.lea);
    assertThat(onLastDay.contacts()).hasSize(before.contacts().size() + 1);
    Throwable change = catchThrowable(() -> world.liens.accompaniments().changeTeam(World.COORDINATOR,
        world.madi.id(), List.of(world.sam, world.lea)));
    assertThat(code(change)).isEqualTo(ErrorCode.INACTIVE_STAFF);
  }

  /** Contract (staff): a MADI succeeding an MIP takes the MIP's team (R6), refused while one of it has left. */
  @Test
  @DisplayName("staff: a MADI succeeding an MIP is refused while a member of the MIP's team has left, nothing stored")
  default void a_successor_takes_the_predecessors_team_only_while_it_is_active() {
    World world = newWorld();
    LocalDate today = world.clock.today();
    StaffService staff = world.liens.staff();
    StaffMember sam = staff.get(World.COORDINATOR, world.sam);
    StaffMember left = staff.endActivity(World.COORDINATOR, sam.id(), sam.version(), today.minusDays(1));
    Referral referral = world.liens.referrals().receive(World.COORDINATOR, ReferralRequest.of(world.schoolChild.id(),
        OfferCode.MADI, ReferralSource.familyRequest(), world.departement.id(), today, ReferralReason.ACUTE_CRISIS)
        .succeeding(world.validated.id()));
    world.liens.referrals().recordConsent(World.COORDINATOR, referral.id(),
        Consent.of(today, World.person(world.schoolChild, "Sofia")));
    world.liens.referrals().assess(World.COORDINATOR, referral.id(), new NeedsAssessment(today, "Besoins."));

    Throwable thrown = catchThrowable(() -> world.liens.referrals().validate(World.COORDINATOR, referral.id(),
        List.of(world.practitioner)));
    assertThat(code(thrown)).isEqualTo(ErrorCode.INACTIVE_STAFF);
    Accompaniment mip = world.storage.read(r -> r.accompaniments().get(world.validated.id()));
    assertThat(mip).isEqualTo(world.validated);

    staff.changeActivity(World.COORDINATOR, left.id(), left.version(), Staffing.SINCE);
    Accompaniment madi = world.liens.referrals().validate(World.COORDINATOR, referral.id(),
        List.of(world.practitioner));
    assertThat(madi.team()).containsExactly(world.sam, world.practitioner);
  }

  /** Contract (staff): an actor resolves to its active staff member; otherwise access is denied, the same way. */
  @Test
  @DisplayName("staff: an actor resolves to its active staff member, or is denied without saying why")
  default void actors_resolve_to_their_active_staff_member() {
    World world = newWorld();
    StaffService staff = world.liens.staff();
    LocalDate today = world.clock.today();
    StaffMember coordinator = staff.register(World.COORDINATOR, world.employer, Set.of(StaffRole.COORDINATOR), today);

    assertThat(staff.resolve(Actor.staff("u-lea", Role.EDUCATOR, world.lea)).id()).isEqualTo(world.lea);
    assertThat(staff.resolve(Actor.staff("u-coord", Role.COORDINATOR, coordinator.id()))).isEqualTo(coordinator);
    List<Throwable> denials = List.of(
        catchThrowable(() -> staff.resolve(Actor.staff("u-x", Role.EDUCATOR, StaffId.of(new UUID(0x57aff, 7))))),
        catchThrowable(() -> staff.resolve(Actor.staff("u-lea", Role.COORDINATOR, world.lea))),
        catchThrowable(() -> staff.resolve(Actor.staff("u-coord", Role.EDUCATOR, coordinator.id()))),
        catchThrowable(() -> staff.resolve(Actor.staff("u-coord", Role.COORDINATOR, coordinator.id()),
            today.minusDays(1))),
        catchThrowable(() -> staff.resolve(World.COORDINATOR)),
        catchThrowable(() -> staff.resolve(Actor.staff("u-lea", Role.PRESCRIBER, world.lea))));
    assertThat(denials).allSatisfy(d -> {
      assertThat(d).isInstanceOf(AccessDeniedException.class);
      assertThat(code(d)).isEqualTo(ErrorCode.ACCESS_DENIED);
    });
    assertThat(denials).extracting(Throwable::getMessage).containsOnly(denials.get(0).getMessage());
  }
}
