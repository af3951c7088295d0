package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.access.AccessDeniedException;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditOutcome;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;

/**
 * Issue 9, item 1: an actor that names a staff member acts only while that member is registered and active in a
 * role that acts as the actor's. An educator whose activity ended no longer reaches its former team's families, even
 * though its staff id is still on their teams; an actor naming an unknown staff member reaches nothing.
 */
public interface StaffAccessContract extends StorageFactory {

  /** Contract (access): an educator reads its team's accompaniment while active, and nothing once its activity ends. */
  @Test
  @DisplayName("access: an educator whose activity ended, or an unknown staff id, is refused and audited as denied")
  default void an_educator_acts_only_while_active() {
    World world = World.on(newStorage());
    Accompaniment followed = world.madi;
    StaffId member = followed.team().get(0);
    Actor educator = Actor.staff("u-educator", Role.EDUCATOR, member);
    assertThat(world.liens.accompaniments().get(educator, followed.id())).isEqualTo(followed);

    StaffMember stored = world.liens.staff().get(World.COORDINATOR, member);
    world.liens.staff().endActivity(World.COORDINATOR, member, stored.version(), world.clock.today().minusDays(1));
    Throwable afterLeaving = catchThrowable(() -> world.liens.accompaniments().get(educator, followed.id()));
    Throwable unknown = catchThrowable(() -> world.liens.accompaniments().get(
        Actor.staff("u-stranger", Role.EDUCATOR, StaffId.of(new java.util.UUID(0x5eed, 1))), followed.id()));

    assertThat(afterLeaving).as("after leaving").isInstanceOf(AccessDeniedException.class)
        .hasMessage(AccessDeniedException.denied().getMessage());
    assertThat(unknown).as("an unknown staff id").isInstanceOf(AccessDeniedException.class)
        .hasMessage(AccessDeniedException.denied().getMessage());
    List<AuditEntry> trail = world.liens.audit().ofActor(World.COORDINATOR, "u-educator", Instant.EPOCH,
        world.clock.instant().plusSeconds(1));
    assertThat(trail).extracting(AuditEntry::outcome).containsExactlyInAnyOrder(AuditOutcome.ALLOWED, AuditOutcome.DENIED);
  }
}
