package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.ContactKind;
import org.liens.household.Household;
import org.liens.organisation.Organisation;
import org.liens.referral.Referral;
import org.liens.referral.ReferralStatus;
import org.liens.storage.Storage;

/** Every aggregate, with every field, reads back exactly as it was saved. */
public interface RoundTripContract extends StorageFactory {

  /** Contract (round trip): the world covers every status, contact kind and document. */
  @Test
  @DisplayName("round trip: the world covers every status, contact kind and document")
  default void the_world_covers_every_field() {
    World world = newWorld();
    assertThat(world.accompaniments().stream().map(Accompaniment::status).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(AccompanimentStatus.class));
    assertThat(world.referrals().stream().map(Referral::status).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(ReferralStatus.class));
    assertThat(world.accompaniments().stream().flatMap(a -> a.contacts().stream()).map(c -> c.kind())
        .collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(ContactKind.class));
    assertThat(world.closed.supportPlan()).isPresent();
    assertThat(world.closed.emtMap()).isPresent();
    assertThat(world.closed.actionReport()).isPresent();
    assertThat(world.madi.predecessor()).contains(world.succeeded.id());
    assertThat(world.succeeded.successor()).contains(world.madi.id());
    assertThat(world.madi.team()).hasSize(3);
  }

  /** Contract (round trip): organisations, households, referrals and accompaniments read back equal. */
  @Test
  @DisplayName("round trip: organisations, households, referrals and accompaniments read back equal")
  default void every_aggregate_reads_back_equal() {
    World world = newWorld();
    List<Referral> referrals = world.referrals(); // through the service, outside Storage.read: it audits the read
    world.storage.read(r -> {
      for (Organisation o : world.organisations()) {
        assertThat(r.organisations().find(o.id())).contains(o);
      }
      for (Household h : world.households()) {
        assertThat(r.households().find(h.id())).contains(h);
      }
      for (Referral referral : referrals) {
        assertThat(r.referrals().find(referral.id())).contains(referral);
      }
      for (Accompaniment a : world.accompaniments()) {
        assertThat(r.accompaniments().find(a.id())).contains(a);
        assertThat(r.accompaniments().contactsOf(a.id())).containsExactlyElementsOf(a.contacts());
      }
      return null;
    });
  }

  /** Contract (round trip): versions count the saves. */
  @Test
  @DisplayName("round trip: versions count the saves")
  default void versions_count_the_saves() {
    World world = newWorld();
    assertThat(world.departement.version()).isEqualTo(1);
    assertThat(world.singleMother.version()).isEqualTo(2);
    assertThat(world.rejected.version()).isEqualTo(2);
    // opened, started, moved, visit, DIA, EMT, 4 remote contacts, 5 visits, report, closed
    assertThat(world.closed.version()).isEqualTo(17);
    Set<Long> referralVersions = world.referrals().stream()
        .filter(r -> r.status() == ReferralStatus.VALIDATED).map(Referral::version).collect(Collectors.toSet());
    assertThat(referralVersions).containsExactly(4L);
  }
}
