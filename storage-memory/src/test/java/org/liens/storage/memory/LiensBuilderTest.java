package org.liens.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liens.Liens;
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
}
