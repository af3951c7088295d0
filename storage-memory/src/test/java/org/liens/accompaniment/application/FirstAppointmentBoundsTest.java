package org.liens.accompaniment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
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
    Accompaniment before = world.liens.accompaniments().get(World.COORDINATOR, world.validated.id());
    Throwable refused = catchThrowable(
        () -> world.liens.accompaniments().start(World.COORDINATOR, world.validated.id(), LocalDate.MAX));
    assertThat(refused).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    assertThat(refused.getMessage()).contains("firstAppointment");
    assertThat(world.liens.accompaniments().get(World.COORDINATOR, world.validated.id())).isEqualTo(before);
  }

  @Test
  void movingToTheLargestDateIsInvalidAndStoresNothing() {
    Accompaniment before = world.liens.accompaniments().get(World.COORDINATOR, world.madi.id());
    Throwable refused = catchThrowable(
        () -> world.liens.accompaniments().moveFirstAppointment(World.COORDINATOR, world.madi.id(), LocalDate.MAX));
    assertThat(refused).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    assertThat(refused.getMessage()).contains("firstAppointment");
    assertThat(world.liens.accompaniments().get(World.COORDINATOR, world.madi.id())).isEqualTo(before);
  }
}
