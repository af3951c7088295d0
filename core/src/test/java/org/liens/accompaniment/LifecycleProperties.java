package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;

/**
 * The lifecycle's states carry only their own fields (R2, R6, R8): the stored fields a storage adapter hands to the
 * builder make an accompaniment exactly when they describe one state, and then read back unchanged.
 */
class LifecycleProperties {
  static final LocalDate ENDED_ON = Fixtures.FIRST_APPOINTMENT.plusDays(30);
  static final AccompanimentId SUCCESSOR = AccompanimentId.of(new UUID(7, 7));

  /** A started MIP with its action report: every optional field has a value to store. */
  static final Accompaniment REPORTED = Fixtures.started(OfferCode.MIP)
      .writeActionReport(Fixtures.FIRST_APPOINTMENT.plusDays(20), "Bilan.", Fixtures.singleMother(), ENDED_ON)
      .after();

  @Property(tries = 400)
  @Label("The stored fields build an accompaniment exactly when they describe one state of its lifecycle")
  void stored_fields_build_exactly_the_consistent_states(
      @ForAll AccompanimentStatus status, @ForAll boolean period, @ForAll boolean report, @ForAll boolean ended,
      @ForAll boolean reason, @ForAll boolean successor) {
    boolean consistent = (period || !report)
        && ended == !status.isOpen()
        && reason == (status == AccompanimentStatus.CANCELLED)
        && successor == (status == AccompanimentStatus.SUCCEEDED)
        && switch (status) {
          case VALIDATED -> !period;
          case ACTIVE -> period;
          case CLOSED -> period && report;
          case CANCELLED, SUCCEEDED -> true;
        };
    AccompanimentBuilder builder = Accompaniment.builder().from(REPORTED)
        .status(status)
        .plannedVisits(period ? REPORTED.plannedVisits() : List.of());
    builder = period ? builder : builder.clearPeriod().clearTariff(); // from(REPORTED) set them
    builder = report ? builder : builder.clearActionReport();
    builder = ended ? builder.endedOn(ENDED_ON) : builder.clearEndedOn();
    builder = reason ? builder.cancellationReason("La famille a déménagé") : builder.clearCancellationReason();
    builder = successor ? builder.successor(SUCCESSOR) : builder.clearSuccessor();
    Statistics.label(status + " built").collect(consistent);

    if (consistent) {
      Accompaniment built = builder.build();
      assertThat(built.status()).isEqualTo(status);
      assertThat(built.lifecycle().status()).isEqualTo(status);
      assertThat(built.period()).isEqualTo(REPORTED.period().filter(p -> period));
      assertThat(built.actionReport()).isEqualTo(REPORTED.actionReport().filter(r -> report));
      assertThat(built.endedOn().isPresent()).isEqualTo(ended);
      assertThat(built.cancellationReason().isPresent()).isEqualTo(reason);
      assertThat(built.successor().isPresent()).isEqualTo(successor);
      assertThat(Accompaniment.builder().from(built).build()).isEqualTo(built);
    } else {
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("inconsistent accompaniment: ");
    }
    Statistics.label(status + " built").coverage(c -> {
      c.check(true).count(n -> n > 0);
      c.check(false).count(n -> n > 0);
    });
  }
}
