package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.access.AccessDeniedException;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.organisation.OrganisationId;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralDeadlines;
import org.liens.referral.ReferralExpired;
import org.liens.referral.ReferralExpiry;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.referral.ReferralStatus;
import org.liens.referral.WaitingReferral;
import org.liens.storage.Referrals;
import org.liens.storage.Storage;

/**
 * Referrals waiting for a decision, and expired ones (issue 14): {@link Referrals#undecided()} equals a brute-force
 * filter over the same referrals, in reception order; an expired referral reads back with its reason; the service
 * expires overdue referrals once and shows the waiting list.
 */
public interface ReferralDeadlineContract extends StorageFactory {

  /** What becomes of one random referral. */
  enum Fate {
    /** Left received. */
    RECEIVED,
    /** Left assessed. */
    ASSESSED,
    /** Rejected. */
    REJECTED,
    /** Expired before it was assessed. */
    EXPIRED_RECEIVED,
    /** Expired after it was assessed. */
    EXPIRED_ASSESSED
  }

  /** {@return up to twelve random referral fates} */
  @Provide
  default Arbitrary<List<Fate>> fates() {
    return Arbitraries.of(Fate.class).list().ofMaxSize(12);
  }

  /**
   * Contract (referral deadlines): the undecided referrals are exactly those received or assessed, oldest received
   * first, next to the validated referrals of a population; expired referrals read back equal, reason included.
   *
   * @param fates what becomes of each referral written
   * @param specs accompaniments, whose validated referrals must not be listed
   */
  @Property(tries = 20)
  @Label("referral deadlines: the undecided referrals equal a brute-force filter; expired ones read back equal")
  default void undecided_referrals_match_brute_force(
      @ForAll("fates") List<Fate> fates, @ForAll("populationSpecs") List<Population.Spec> specs) {
    Storage storage = newStorage();
    Population p = Population.write(storage, specs);
    OrganisationId funder = p.organisations.get(2).id();
    List<Referral> written = new ArrayList<>();
    for (int i = 0; i < fates.size(); i++) {
      LocalDate received = Population.BASE.plusDays(i % 4);
      Referral referral = Referral.receive(ReferralId.of(UUID.randomUUID()), ReferralRequest.of(
          p.households.get(i % p.households.size()).id(), OfferCode.MIP, ReferralSource.familyRequest(), funder,
          received, ReferralReason.CRISIS)).after();
      Fate fate = fates.get(i);
      if (fate == Fate.ASSESSED || fate == Fate.EXPIRED_ASSESSED) {
        referral = referral.assess(new NeedsAssessment(received, "Besoins."), received).after();
      }
      LocalDate late = received.plusDays(100);
      referral = switch (fate) {
        case REJECTED -> referral.reject("Hors territoire", received).after();
        case EXPIRED_RECEIVED, EXPIRED_ASSESSED -> referral.expire(ReferralDeadlines.standard(), late).after();
        default -> referral;
      };
      Referral toSave = referral;
      written.add(storage.inTransaction(r -> r.referrals().save(toSave)));
      Statistics.label("fate").collect(fate);
    }
    storage.read(r -> {
      List<Referral> undecided = r.referrals().undecided();
      assertThat(undecided).containsExactlyInAnyOrderElementsOf(written.stream()
          .filter(ref -> ref.status() == ReferralStatus.RECEIVED || ref.status() == ReferralStatus.ASSESSED).toList());
      assertThat(undecided).extracting(Referral::receivedOn).isSorted();
      for (Referral referral : written) {
        assertThat(r.referrals().get(referral.id())).isEqualTo(referral);
      }
      return null;
    });
  }

  /**
   * Contract (referral deadlines, through the service): the waiting list shows each undecided referral's waiting
   * time and deadline, a prescriber sees its own; {@code expireOverdue} expires exactly the overdue ones once, for a
   * coordinator or the system, with a {@code ReferralExpired} event; an educator may do neither.
   */
  @Test
  default void overdue_referrals_expire_once_and_the_waiting_list_shows_deadlines() {
    World world = World.on(newStorage());
    Liens liens = world.liens;
    LocalDate today = world.clock.today();
    List<WaitingReferral> waiting = liens.referrals().waiting(World.COORDINATOR);
    assertThat(waiting).extracting(WaitingReferral::referral)
        .containsExactlyInAnyOrder(world.received.id(), world.assessed.id());
    WaitingReferral received = waiting.stream().filter(w -> w.referral().equals(world.received.id())).findFirst()
        .orElseThrow();
    assertThat(received.deadline()).isEqualTo(world.received.receivedOn().plusDays(15));
    assertThat(received.waitingDays()).isEqualTo(ChronoUnit.DAYS.between(world.received.receivedOn(), today));
    Actor ccas = Actor.of("prescriber-1", Role.PRESCRIBER, world.ccas.id());
    assertThat(liens.referrals().waiting(ccas)).extracting(WaitingReferral::referral)
        .containsExactly(world.assessed.id());
    Actor educator = Actor.staff("educator-1", Role.EDUCATOR, world.lea);
    assertThatThrownBy(() -> liens.referrals().expireOverdue(educator)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> liens.referrals().waiting(educator)).isInstanceOf(AccessDeniedException.class);

    assertThat(liens.referrals().expireOverdue(World.COORDINATOR)).isEmpty();
    LocalDate lastDay = world.received.receivedOn().plusDays(15);
    world.clock.set(lastDay.plusDays(1));
    world.events.clear();
    List<Referral> expired = liens.referrals().expireOverdue(Actor.system());

    assertThat(expired).extracting(Referral::id).containsExactly(world.received.id());
    assertThat(liens.referrals().get(World.COORDINATOR, world.received.id()).expiry())
        .contains(ReferralExpiry.NOT_ASSESSED_IN_TIME);
    assertThat(world.events).extracting(DomainEvent::payload).containsExactly(new ReferralExpired(
        world.received.id(), ReferralExpiry.NOT_ASSESSED_IN_TIME, lastDay, lastDay.plusDays(1)));
    assertThat(liens.referrals().expireOverdue(World.COORDINATOR)).isEmpty();
    assertThat(liens.referrals().waiting(World.COORDINATOR)).extracting(WaitingReferral::referral)
        .containsExactly(world.assessed.id());
  }

  /** {@return up to five random accompaniments, whose validated referrals are decided} */
  @Provide
  default Arbitrary<List<Population.Spec>> populationSpecs() {
    return Population.specs().list().ofMaxSize(5);
  }
}
