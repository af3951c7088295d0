package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liens.fixtures.Fixtures.FIRST_APPOINTMENT;
import static org.liens.fixtures.Fixtures.opened;
import static org.liens.fixtures.Fixtures.singleMother;
import static org.liens.fixtures.Fixtures.started;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liens.catalog.ExitReason;
import org.liens.catalog.ExitReasons;
import org.liens.catalog.OfferCode;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LocalizedText;
import org.liens.shared.RuleViolationException;

/**
 * Issue 12: every closure, cancellation and succession carries an exit reason of the catalogue's list; the commands
 * without one record their documented default (closure: objectives reached; cancellation: other, with its text).
 */
class ExitReasonTest {
  private static final LocalDate TODAY = LocalDate.of(2024, 4, 1);

  private static Accompaniment reported() {
    return started(OfferCode.MIP).writeActionReport(FIRST_APPOINTMENT.plusDays(30), "Bilan.", singleMother(), TODAY)
        .after();
  }

  @Test
  void a_closure_records_its_reason_and_defaults_to_objectives_reached() {
    assertThat(reported().close(FIRST_APPOINTMENT.plusDays(30), TODAY).after().exitReason())
        .contains(ExitReason.OBJECTIVES_REACHED);
    assertThat(reported().close(ExitReason.MOVED_AWAY, FIRST_APPOINTMENT.plusDays(30), TODAY).after().exitReason())
        .contains(ExitReason.MOVED_AWAY);
  }

  @Test
  void a_cancellation_records_its_reason_and_defaults_to_other() {
    Accompaniment opened = opened(OfferCode.MIP);
    LocalDate on = opened.openedOn();
    Accompaniment cancelled = opened.cancel("La famille a déménagé.", on, TODAY).after();
    assertThat(cancelled.exitReason()).contains(ExitReason.OTHER);
    assertThat(cancelled.cancellationReason()).contains("La famille a déménagé.");
    assertThat(opened.cancel(ExitReason.NO_CONTACT, "Injoignable.", on, TODAY).after().exitReason())
        .contains(ExitReason.NO_CONTACT);
    assertThat(opened.exitReason()).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"OBJECTIVES_REACHED", "SUCCESSION", "MOVED_AWAY",
      "WITHDRAWN_BY_FAMILY", "OTHER_MEASURE", "NO_CONTACT", "OTHER"})
  void each_standard_reason_is_recorded_by_a_closure_and_by_a_cancellation(String code) { // issue 14: an example each
    ExitReasons.standard().require(code);
    assertThat(reported().close(code, FIRST_APPOINTMENT.plusDays(30), TODAY).after().exitReason()).contains(code);
    Accompaniment opened = opened(OfferCode.MIP);
    assertThat(opened.cancel(code, "Motif.", opened.openedOn(), TODAY).after().exitReason()).contains(code);
  }

  @Test
  void a_malformed_code_is_refused_and_the_list_keeps_its_three_codes() {
    assertThatThrownBy(() -> reported().close("moved away", FIRST_APPOINTMENT.plusDays(30), TODAY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new ExitReasons(List.of(new ExitReason("PLACEMENT",
        LocalizedText.of("Placement", "Placement"), false)))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ExitReasons.standard().require("PLACEMENT"))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo(ErrorCode.UNKNOWN_EXIT_REASON));
    assertThat(ExitReasons.standard().codes()).containsExactly("OBJECTIVES_REACHED", "SUCCESSION", "MOVED_AWAY",
        "WITHDRAWN_BY_FAMILY", "OTHER_MEASURE", "NO_CONTACT", "OTHER");
  }

  @Test
  void a_stored_closure_keeps_its_reason_through_the_builder() {
    Accompaniment closed = reported().close(ExitReason.WITHDRAWN_BY_FAMILY, FIRST_APPOINTMENT.plusDays(30), TODAY)
        .after();
    assertThat(Accompaniment.builder().from(closed).build()).isEqualTo(closed);
    assertThat(Accompaniment.builder().from(closed).clearExitReason().build().exitReason())
        .contains(ExitReason.OBJECTIVES_REACHED);
  }
}
