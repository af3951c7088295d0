package org.liens.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.access.AccessDeniedException;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.household.PersonId;
import org.liens.privacy.application.PersonExport;
import org.liens.shared.ErrorCode;
import org.liens.shared.NotFoundException;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.World;

/**
 * Issue 9, item 6: the export of everything held about one person (right of access, GDPR art. 15) holds their entry,
 * the consents they gave and the documents naming them, never the other members of the household; it is audited and
 * follows the access policy like the household's export.
 */
class PersonExportTest {
  private final World world = World.on(new InMemoryStorage());

  @Test
  void aPersonsExportHoldsTheirDataAndNotTheOtherMembers() {
    PersonId julie = World.person(world.couple, "Julie");

    String json = world.liens.privacy().export(World.COORDINATOR, world.couple.id(), julie);

    assertThat(json).contains(PersonExport.FORMAT).contains(julie.toString()).contains("Julie")
        .doesNotContain("Karim").doesNotContain("Noé").doesNotContain("Odette").doesNotContain("LONG_ILLNESS")
        .contains(world.madi.id().toString()).contains("SHARING_WITH_PRESCRIBER").contains("household.register")
        .doesNotContain("privacy.export");
    String again = world.liens.privacy().export(World.COORDINATOR, world.couple.id(), julie);
    assertThat(again).as("the first export is in the trail of the second").contains("privacy.export");
    assertThat(world.liens.audit().ofPerson(World.COORDINATOR, World.person(world.couple, "Karim"),
        java.time.Instant.EPOCH, world.clock.instant().plusSeconds(1)))
        .extracting(e -> e.operation()).contains("household.register").doesNotContain("privacy.export");
    assertThat(world.liens.audit().ofPerson(World.COORDINATOR, julie, java.time.Instant.EPOCH,
        world.clock.instant().plusSeconds(1))).extracting(e -> e.operation())
        .as("the changes of an accompaniment whose consent she gave name her").contains("contact.record");
  }

  @Test
  void aPersonOutsideTheHouseholdIsNotFoundAndOthersMayNotExport() {
    assertThatThrownBy(() -> world.liens.privacy().export(World.COORDINATOR, world.couple.id(),
        PersonId.of(new UUID(1, 2)))).isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    Actor prescriber = Actor.of("u-p", Role.PRESCRIBER, world.ccas.id());
    assertThatThrownBy(() -> world.liens.privacy().export(prescriber, world.couple.id(),
        World.person(world.couple, "Julie"))).isInstanceOf(AccessDeniedException.class);
  }
}
