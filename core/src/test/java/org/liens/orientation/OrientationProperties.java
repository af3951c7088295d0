package org.liens.orientation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.liens.accompaniment.AccompanimentId;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.partner.PartnerServiceId;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

/** The orientation rules (issue 16): expiry after the policy's delay, answers before it, outcomes after them. */
class OrientationProperties {
  static final LocalDate DAY = LocalDate.of(2024, 2, 28);
  static final PersonId JULIE = PersonId.of(new UUID(1, 1));

  static Orientation proposed(int expiryDays) {
    return Orientation.propose(OrientationId.of(new UUID(3, 3)), AccompanimentId.of(new UUID(2, 2)),
        HouseholdId.of(new UUID(1, 0)), JULIE, PartnerServiceId.fromSource("test", "atelier"),
        SharingConsent.of(JULIE, DAY, SharedItem.CONTACT_DETAILS), DAY,
        OrientationPolicy.STANDARD.withExpiry(Period.ofDays(expiryDays))).after();
  }

  @Property(tries = 500)
  @Label("an orientation is answered before its expiry date and never from that date on: it has expired")
  void an_expired_orientation_can_no_longer_be_accepted(@ForAll @IntRange(min = 1, max = 90) int expiryDays,
      @ForAll @IntRange(min = 0, max = 180) int answerAfter) {
    Orientation o = proposed(expiryDays);
    LocalDate answer = DAY.plusDays(answerAfter);

    Throwable accepted = catchThrowable(() -> o.accept(answer));
    Throwable declined = catchThrowable(() -> o.decline("too-far", answer, OrientationPolicy.STANDARD));

    assertThat(o.expiresOn()).isEqualTo(DAY.plusDays(expiryDays));
    if (answer.isBefore(o.expiresOn())) {
      assertThat(accepted).isNull();
      assertThat(declined).isNull();
      assertThat(o.accept(answer).after().stateOn(answer.plusYears(1))).isEqualTo(OrientationState.ACCEPTED);
      assertThat(o.stateOn(answer)).isEqualTo(OrientationState.PROPOSED);
    } else {
      assertThat(((LiensException) accepted).code()).isEqualTo(ErrorCode.ORIENTATION_EXPIRED);
      assertThat(((LiensException) declined).code()).isEqualTo(ErrorCode.ORIENTATION_EXPIRED);
      assertThat(o.stateOn(answer)).isEqualTo(OrientationState.EXPIRED);
      assertThat(o.expire(answer).after().state()).isEqualTo(OrientationState.EXPIRED);
    }
    Statistics.label("answered").collect(answer.isBefore(o.expiresOn()) ? "in time" : "too late");
  }

  @Property(tries = 200)
  @Label("a decline gives a reason of the policy's list; an outcome follows an acceptance, once")
  void declines_need_a_listed_reason_and_outcomes_an_acceptance(@ForAll @IntRange(min = 0, max = 29) int after) {
    Orientation o = proposed(30);
    LocalDate answer = DAY.plusDays(after);

    Throwable unlisted = catchThrowable(() -> o.decline("no reason", answer, OrientationPolicy.STANDARD));
    Throwable early = catchThrowable(() -> o.recordOutcome(new OrientationOutcome(true, "Venue", answer)));
    Orientation accepted = o.accept(answer).after();
    Orientation done = accepted.recordOutcome(new OrientationOutcome(false, "Horaires", answer.plusDays(2))).after();
    Throwable twice = catchThrowable(() -> done.recordOutcome(new OrientationOutcome(true, "Venue", answer.plusDays(3))));

    assertThat(((LiensException) unlisted).code()).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(((LiensException) early).code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    assertThat(((LiensException) twice).code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    assertThat(done.outcome()).map(OrientationOutcome::tookPart).contains(false);
    assertThat(OrientationReminder.of(done, answer.plusYears(1), OrientationPolicy.STANDARD)).isEmpty();
    assertThat(OrientationReminder.of(accepted, answer.plusDays(7), OrientationPolicy.STANDARD))
        .map(OrientationReminder::kind).contains(OrientationReminder.Kind.OUTCOME_DUE);
    assertThat(List.of(OrientationPolicy.STANDARD.declineReasons())).isNotEmpty();
  }
}
