package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liens.document.ActionReportDocument;
import org.liens.document.OrientationLine;
import org.liens.figures.CellStatus;
import org.liens.figures.OrientationFigures;
import org.liens.household.PersonId;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationReminder;
import org.liens.orientation.OrientationState;
import org.liens.orientation.OrientationTally;
import org.liens.orientation.SharedItem;
import org.liens.orientation.SharingConsent;
import org.liens.partner.Audience;
import org.liens.partner.PartnerImport;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerServiceId;
import org.liens.partner.PartnerStructure;
import org.liens.partner.ServiceStatus;
import org.liens.partner.Theme;
import org.liens.partner.ZoneCode;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

/**
 * Orientations (issue 16) on every adapter: proposed, accepted with an outcome, or expired after the policy's delay,
 * read back equal by accompaniment, household, period and pending; an expired one is refused an answer and nothing
 * is stored then; reminders fall due after the policy's delay; an unknown service orients nobody.
 */
public interface OrientationContract extends StorageFactory {

  /**
   * {@return a catalogue of one parenting workshop, imported into {@code world}}
   *
   * @param world the world
   */
  static PartnerService catalogue(World world) {
    PartnerStructure centre = PartnerStructure.of("tck", "centre", "Centre social d'Uzès", World.START);
    PartnerService workshop = new PartnerService(PartnerServiceId.fromSource("tck", "atelier"), centre.id(), "tck",
        "atelier", "Atelier parents-enfants", "Jeux et goûters entre parents et enfants", Set.of(Theme.PARENTING_SUPPORT),
        Set.of(Audience.FAMILLES), Set.of(), Optional.empty(), Set.of(), Set.of(ZoneCode.of("30")), Set.of(), Set.of(),
        ServiceStatus.EN_COURS, World.START);
    world.liens.partners().importCatalogue(World.COORDINATOR,
        new PartnerImport(List.of(centre), List.of(workshop), List.of()));
    return workshop;
  }

  /** Proposed, accepted, given an outcome: read back equal by every query, and its events emitted. */
  @Test
  default void an_orientation_is_proposed_accepted_and_given_an_outcome_and_reads_back_equal() {
    World world = newWorld();
    PartnerService workshop = catalogue(world);
    PersonId karim = World.person(world.couple, "Karim");
    SharingConsent consent = SharingConsent.of(World.person(world.couple, "Julie"), world.clock.today(),
        SharedItem.CONTACT_DETAILS);

    Orientation proposed = world.liens.orientations().propose(World.COORDINATOR, world.madi.id(), karim,
        workshop.id(), consent);
    world.clock.advanceDays(3);
    Orientation accepted = world.liens.orientations().accept(World.COORDINATOR, proposed.id());
    List<Orientation> pendingAfterAcceptance = world.storage.read(r -> r.orientations().pending());
    Orientation done = world.liens.orientations().recordOutcome(World.COORDINATOR, proposed.id(), true, "Venu 3 fois");

    assertThat(proposed.state()).isEqualTo(OrientationState.PROPOSED);
    assertThat(accepted.state()).isEqualTo(OrientationState.ACCEPTED);
    assertThat(pendingAfterAcceptance).containsExactly(accepted);
    assertThat(world.liens.orientations().ofAccompaniment(World.COORDINATOR, world.madi.id())).containsExactly(done);
    List<Orientation> ofHousehold = world.storage.read(r -> r.orientations().ofHousehold(world.couple.id()));
    List<Orientation> inPeriod = world.storage.read(
        r -> r.orientations().proposedBetween(proposed.proposedOn(), proposed.proposedOn().plusDays(1)));
    List<Orientation> pending = world.storage.read(r -> r.orientations().pending());
    assertThat(ofHousehold).containsExactly(done);
    assertThat(inPeriod).containsExactly(done);
    assertThat(pending).isEmpty();
    assertThat(world.events.stream().map(e -> e.payload().type())).contains("OrientationProposed",
        "OrientationAccepted", "OrientationOutcomeRecorded");

    world.liens.accompaniments().writeActionReport(World.COORDINATOR, world.madi.id(), world.clock.today(), "Bilan.");
    ActionReportDocument report = world.liens.accompaniments().actionReport(World.COORDINATOR, world.madi.id());
    assertThat(report.orientations()).containsExactly(new OrientationLine(done.id(), karim, workshop.id(),
        Optional.of("Atelier parents-enfants"), done.proposedOn(), OrientationState.ACCEPTED, Optional.of(true)));
    Throwable noReport = catchThrowable(
        () -> world.liens.accompaniments().actionReport(World.COORDINATOR, world.validated.id()));
    assertThat(((LiensException) noReport).code()).isEqualTo(ErrorCode.NOT_FOUND);
  }

  /**
   * The tally of a period (the published figures): by state on the day asked (a lapsed proposal counts as expired
   * before the daily job stores it) and by outcome, equal to counting the period's orientations one by one.
   */
  @Test
  default void the_tally_counts_states_on_the_day_and_outcomes_as_the_orientations_do() {
    World world = newWorld();
    PartnerService workshop = catalogue(world);
    PersonId julie = World.person(world.couple, "Julie");
    PersonId karim = World.person(world.couple, "Karim");
    SharingConsent consent = SharingConsent.of(julie, world.clock.today(), SharedItem.CONTACT_DETAILS);
    LocalDate first = world.clock.today();
    List<Orientation> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      made.add(world.liens.orientations().propose(World.COORDINATOR, world.madi.id(), i % 2 == 0 ? julie : karim,
          workshop.id(), consent));
    }
    world.clock.advanceDays(3);
    for (int i = 0; i < 3; i++) {
      world.liens.orientations().accept(World.COORDINATOR, made.get(i).id());
    }
    world.liens.orientations().recordOutcome(World.COORDINATOR, made.get(0).id(), true, "Venue");
    world.liens.orientations().recordOutcome(World.COORDINATOR, made.get(1).id(), false, "Trop loin");
    world.liens.orientations().decline(World.COORDINATOR, made.get(3).id(), "too-far");
    world.clock.set(made.get(4).expiresOn());
    world.liens.orientations().propose(World.COORDINATOR, world.madi.id(), julie, workshop.id(),
        SharingConsent.of(julie, world.clock.today(), SharedItem.CONTACT_DETAILS));
    LocalDate to = world.clock.today().plusDays(1);

    OrientationTally tally = world.storage.read(r -> r.orientations().tally(first, to, world.clock.today()));
    List<Orientation> period = world.storage.read(r -> r.orientations().proposedBetween(first, to));
    OrientationTally before = world.storage.read(r -> r.orientations().tally(first, first.plusDays(1), first));
    OrientationFigures figures = world.liens.figures().orientations(World.COORDINATOR, first, to, false);
    OrientationFigures published = world.liens.figures().orientations(World.COORDINATOR, first, to, true);

    assertThat(tally).isEqualTo(OrientationTally.of(period, world.clock.today()));
    assertThat(tally.byState()).isEqualTo(Map.of(OrientationState.PROPOSED, 1L,
        OrientationState.ACCEPTED, 3L, OrientationState.DECLINED, 1L, OrientationState.EXPIRED, 1L));
    assertThat(List.of(tally.tookPart(), tally.didNotTakePart(), tally.outcomeAwaited())).containsExactly(1L, 1L, 1L);
    assertThat(before.total()).as("the five proposed on the first day").isEqualTo(5L);
    assertThat(before.byState().get(OrientationState.EXPIRED)).as("none lapsed on the first day").isZero();
    assertThat(figures.cell(OrientationFigures.TOTAL).value()).contains(6L);
    assertThat(figures.cell(OrientationFigures.TOOK_PART).value()).contains(1L);
    assertThat(published.cells()).as("every count small, the total with them")
        .allSatisfy(c -> assertThat(c.status()).isNotEqualTo(CellStatus.SHOWN));
  }

  /** A reminder after 7 days; from the expiry date, no answer, nothing stored; the daily job expires it. */
  @Test
  default void an_expired_orientation_is_refused_an_answer_stores_nothing_and_expires() {
    World world = newWorld();
    PartnerService workshop = catalogue(world);
    Orientation proposed = world.liens.orientations().propose(World.COORDINATOR, world.madi.id(),
        World.person(world.couple, "Julie"), workshop.id(), SharingConsent.of(World.person(world.couple, "Julie"),
            world.clock.today(), SharedItem.CONTACT_DETAILS, SharedItem.HOUSEHOLD_COMPOSITION));
    world.clock.advanceDays(7);
    List<OrientationReminder> reminders = world.liens.orientations().reminders(World.COORDINATOR);
    world.clock.set(proposed.expiresOn());

    Throwable thrown = catchThrowable(() -> world.liens.orientations().accept(World.COORDINATOR, proposed.id()));
    Optional<Orientation> afterRefusal = world.storage.read(r -> r.orientations().find(proposed.id()));
    List<Orientation> expired = world.liens.orientations().expireDue(World.COORDINATOR);

    assertThat(reminders).extracting(OrientationReminder::kind).containsExactly(OrientationReminder.Kind.ANSWER_DUE);
    assertThat(((LiensException) thrown).code()).isEqualTo(ErrorCode.ORIENTATION_EXPIRED);
    assertThat(afterRefusal).contains(proposed);
    assertThat(expired).extracting(Orientation::state).containsExactly(OrientationState.EXPIRED);
    assertThat(world.liens.orientations().reminders(World.COORDINATOR)).isEmpty();
  }

  /** An unknown service or a person of another household is refused, and nothing is stored. */
  @Test
  default void an_unknown_service_or_a_person_outside_the_household_orients_nobody() {
    World world = newWorld();
    PartnerService workshop = catalogue(world);
    SharingConsent consent = SharingConsent.of(World.person(world.couple, "Julie"), world.clock.today(),
        SharedItem.CONTACT_DETAILS);

    Throwable unknown = catchThrowable(() -> world.liens.orientations().propose(World.COORDINATOR, world.madi.id(),
        World.person(world.couple, "Karim"), PartnerServiceId.fromSource("tck", "none"), consent));
    Throwable stranger = catchThrowable(() -> world.liens.orientations().propose(World.COORDINATOR, world.madi.id(),
        World.person(world.singleMother, "Anne"), workshop.id(), consent));

    assertThat(((LiensException) unknown).code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(((LiensException) stranger).code()).isEqualTo(ErrorCode.INVALID_VALUE);
    List<Orientation> stored = world.storage.read(r -> r.orientations().ofHousehold(world.couple.id()));
    assertThat(stored).isEmpty();
  }
}
