package org.liens.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.audit.AuditEntry;
import org.liens.event.DomainEvent;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.shared.PersonName;
import org.liens.storage.Repositories;
import org.liens.eligibility.EligibilityPolicy;
import org.liens.eligibility.EligibilityRule;
import org.liens.eligibility.RuleOutcome;

class LiensBuilderTest {
  final EligibilityRule territory = EligibilityRule.of("host.territory",
      ctx -> RuleOutcome.passed("host.territory", "Commune couverte.", "Covered commune."));

  @Test
  void a_host_rule_is_kept_whatever_the_order_of_the_builder_calls() {
    Liens before = Liens.builder().storage(new InMemoryStorage())
        .eligibilityRule(territory).eligibility(EligibilityPolicy.standard()).build();
    Liens after = Liens.builder().storage(new InMemoryStorage())
        .eligibility(EligibilityPolicy.standard()).eligibilityRule(territory).build();
    assertThat(before.eligibility().rules()).last().isSameAs(territory);
    assertThat(after.eligibility().rules()).isEqualTo(before.eligibility().rules());
  }

  @Test
  void by_default_audit_entries_and_events_take_time_ordered_ids_and_aggregates_random_ones() {
    InMemoryStorage storage = new InMemoryStorage();
    Liens liens = Liens.builder().storage(storage).build();
    Household household = register(liens);

    assertThat(household.id().value().version()).isEqualTo(4);
    assertThat(events(storage)).isNotEmpty().allSatisfy(e -> assertThat(e.id().version()).isEqualTo(7));
    assertThat(entries(storage)).isNotEmpty().allSatisfy(e -> assertThat(e.id().version()).isEqualTo(7));
  }

  @Test
  void ids_given_by_the_host_name_everything_audit_entries_and_events_included() {
    InMemoryStorage storage = new InMemoryStorage();
    AtomicLong next = new AtomicLong();
    Liens liens = Liens.builder().storage(storage).ids(() -> new UUID(0xCAFE, next.incrementAndGet())).build();
    Household household = register(liens);

    assertThat(household.id().value().getMostSignificantBits()).isEqualTo(0xCAFE);
    assertThat(events(storage)).isNotEmpty()
        .allSatisfy(e -> assertThat(e.id().getMostSignificantBits()).isEqualTo(0xCAFE));
    assertThat(entries(storage)).isNotEmpty()
        .allSatisfy(e -> assertThat(e.id().getMostSignificantBits()).isEqualTo(0xCAFE));
  }

  private static Household register(Liens liens) {
    return liens.households().register(Actor.of("u-coord", Role.COORDINATOR),
        HouseholdProfile.builder().parent(new Parent(PersonName.of("Anne", "Martin"))).build());
  }

  private static List<DomainEvent> events(InMemoryStorage storage) {
    return storage.read((Repositories r) -> r.outbox().pending(100));
  }

  private static List<AuditEntry> entries(InMemoryStorage storage) {
    return storage.read((Repositories r) -> r.auditTrail().ofActor("u-coord", AuditEntry.EARLIEST, AuditEntry.END));
  }
}
