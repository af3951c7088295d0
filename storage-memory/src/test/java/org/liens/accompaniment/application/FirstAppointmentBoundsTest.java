package org.liens.accompaniment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.World;

/**
 * Issue 10, defect 5: {@code start} and {@code moveFirstAppointment} with a date out of range answer a typed
 * {@code INVALID_VALUE} naming the field, not a {@code DateTimeException}, and store nothing.
 */
class FirstAppointmentBoundsTest {
  final World world = World.on(new InMemoryStorage());

  @Test
  void startingOnTheLargestDateIsInvalidAndStoresNothing() {
    assertRefusedAndNothingStored(world.validated,
        () -> world.liens.accompaniments().start(World.COORDINATOR, world.validated.id(), LocalDate.MAX));
  }

  @Test
  void movingToTheLargestDateIsInvalidAndStoresNothing() {
    assertRefusedAndNothingStored(world.madi,
        () -> world.liens.accompaniments().moveFirstAppointment(World.COORDINATOR, world.madi.id(), LocalDate.MAX));
  }

  /** {@code call} is refused as an invalid first appointment, and {@code accompaniment} is stored as it was. */
  private void assertRefusedAndNothingStored(Accompaniment accompaniment, ThrowingCallable call) {
    Accompaniment before = world.liens.accompaniments().get(World.COORDINATOR, accompaniment.id());
    Throwable refused = catchThrowable(call);
    assertThat(refused).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    assertThat(refused.getMessage()).contains("firstAppointment");
    assertThat(world.liens.accompaniments().get(World.COORDINATOR, accompaniment.id())).isEqualTo(before);
  }
}
