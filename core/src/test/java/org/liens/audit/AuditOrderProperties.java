package org.liens.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.liens.access.Actor;
import org.liens.access.Role;

/** The trail's order compares ids as their text form does, without writing the texts (issue 13). */
class AuditOrderProperties {
  private static final Instant AT = Instant.parse("2023-09-04T10:15:30Z");

  AuditEntry entry(UUID id) {
    return new AuditEntry(id, AT, Actor.of("bench", Role.COORDINATOR), "accompaniment.read", Set.of(), Set.of(),
        AuditOutcome.values()[0]);
  }

  @Property
  @Label("entries at the same instant sort as their ids' text forms, the order of the databases")
  void same_instant_sorts_by_the_text_of_the_id(@ForAll long high1, @ForAll long low1, @ForAll long high2,
      @ForAll long low2, @ForAll boolean sameHigh) {
    UUID a = new UUID(high1, low1);
    UUID b = new UUID(sameHigh ? high1 : high2, low2);
    assertThat(Integer.signum(AuditEntry.ORDER.compare(entry(a), entry(b))))
        .isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
  }

  @Property
  @Label("time comes first")
  void earlier_entries_come_first(@ForAll long high, @ForAll long low) {
    UUID id = new UUID(high, low);
    AuditEntry later = new AuditEntry(new UUID(0, 0), AT.plusSeconds(1), Actor.of("bench", Role.COORDINATOR),
        "accompaniment.read", Set.of(), Set.of(), AuditOutcome.values()[0]);
    assertThat(AuditEntry.ORDER.compare(entry(id), later)).isNegative();
  }
}
