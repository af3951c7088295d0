package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.liens.fixtures.Fixtures.opened;
import static org.liens.fixtures.Fixtures.started;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensException;

/**
 * Issue 10, defect 5: a first appointment is a date of the documented range ({@link CarePeriod#EARLIEST_START} to
 * {@link CarePeriod#LATEST_START}); any other date is a typed refusal naming the field, never a
 * {@code DateTimeException}.
 */
class FirstAppointmentBoundsProperties {
  static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

  @Provide
  Arbitrary<LocalDate> anyDate() {
    Arbitrary<Long> epochDays = Arbitraries.oneOf(
        Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()),
        Arbitraries.longs().between(LATEST.toEpochDay() - 400, LATEST.toEpochDay() + 400),
        Arbitraries.longs().between(CarePeriod.EARLIEST_START.toEpochDay() - 400,
            CarePeriod.EARLIEST_START.toEpochDay() + 400),
        Arbitraries.longs().between(Fixtures.RECEIVED.toEpochDay() - 10, Fixtures.RECEIVED.toEpochDay() + 400),
        Arbitraries.of(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
    return epochDays.map(LocalDate::ofEpochDay);
  }

  @Property(tries = 300)
  @Label("start and move accept exactly the dates from the referral to LATEST_START; before 1900 or after it is out of range, else before the referral")
  void startAndMoveAreBounded(@ForAll("anyDate") LocalDate date, @ForAll("offers") OfferCode offer) {
    String expected = date.isBefore(CarePeriod.EARLIEST_START) || date.isAfter(LATEST) ? "out of range"
        : date.isBefore(Fixtures.RECEIVED) ? "before referral" : "accepted";
    Statistics.label("outcome").collect(expected);
    Throwable onStart = catchThrowable(() -> opened(offer).start(date));
    Throwable onMove = catchThrowable(() -> started(offer).moveFirstAppointment(date));
    for (Throwable outcome : java.util.Arrays.asList(onStart, onMove)) {
      switch (expected) {
        case "accepted" -> assertThat(outcome).isNull();
        case "before referral" -> assertThat(outcome).isInstanceOfSatisfying(LiensException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.FIRST_APPOINTMENT_BEFORE_REFERRAL));
        default -> assertThat(outcome).isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE);
          assertThat(e.getMessage()).contains("firstAppointment").doesNotContain(date.toString());
        });
      }
    }
    Statistics.label("outcome").coverage(c -> {
      c.check("accepted").count(n -> n > 0);
      c.check("before referral").count(n -> n > 0);
      c.check("out of range").count(n -> n > 0);
    });
  }

  @Provide
  Arbitrary<OfferCode> offers() {
    return Arbitraries.of(OfferCode.MIP, OfferCode.MADI, OfferCode.ARCS);
  }

  @Example
  void theRangeIsTheDocumentedOne() {
    assertThat(CarePeriod.LATEST_START).isEqualTo(LATEST);
    assertThat(CarePeriod.EARLIEST_START).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(catchThrowable(() -> new CarePeriod(LocalDate.of(1899, 12, 31), Optional.empty())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
  }

  @Example
  void theLargestDateIsRefusedWithInvalidValue() {
    assertThat(catchThrowable(() -> opened(OfferCode.MIP).start(LocalDate.MAX)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    assertThat(catchThrowable(() -> started(OfferCode.MIP).moveFirstAppointment(LocalDate.MAX)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    assertThat(catchThrowable(() -> new CarePeriod(LocalDate.MAX, Optional.empty())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
  }
}
