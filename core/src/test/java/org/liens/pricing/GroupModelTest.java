package org.liens.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.assertRefused;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

class GroupModelTest {
  @Test
  void groups_take_six_children_at_most_r9() {
    assertThat(new GroupModel(6, Duration.ofHours(1), 6).groupsFor(8)).isEqualTo(2);
    assertThat(new GroupModel(6, Duration.ofHours(1), 4).groupsFor(8)).isEqualTo(2);
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
        () -> new GroupModel(6, Duration.ofHours(1), 7));
  }
}
