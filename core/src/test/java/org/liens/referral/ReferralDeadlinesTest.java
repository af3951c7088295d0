package org.liens.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.RECEIVED;
import static org.liens.fixtures.Fixtures.assertRefused;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.InvalidInputException;
import org.liens.shared.RuleViolationException;

/** Issue 14: a referral nobody acts upon within its offer's delays expires, with the delay that passed. */
class ReferralDeadlinesTest {
  final ReferralDeadlines standard = ReferralDeadlines.standard();

  @Test
  void a_received_referral_is_assessed_within_15_days_the_deadline_day_included() {
    Referral received = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS);
    assertThat(standard.deadline(received)).contains(RECEIVED.plusDays(15));
    assertThat(standard.isOverdue(received, RECEIVED.plusDays(15))).isFalse();
    assertThat(standard.isOverdue(received, RECEIVED.plusDays(16))).isTrue();
    assertRefused(RuleViolationException.class, ErrorCode.DEADLINE_NOT_PASSED,
        () -> received.expire(standard, RECEIVED.plusDays(15)));

    var expired = received.expire(standard, RECEIVED.plusDays(16));
    assertThat(expired.after().status()).isEqualTo(ReferralStatus.EXPIRED);
    assertThat(expired.after().expiry()).contains(ReferralExpiry.NOT_ASSESSED_IN_TIME);
    assertThat(expired.after().decidedOn()).contains(RECEIVED.plusDays(16));
    assertThat(expired.events()).containsExactly(new ReferralExpired(
        received.id(), ReferralExpiry.NOT_ASSESSED_IN_TIME, RECEIVED.plusDays(15), RECEIVED.plusDays(16)));
    assertThat(standard.deadline(expired.after())).isEmpty();
    assertThat(expired.after().waitingDays(RECEIVED.plusDays(40))).isEqualTo(16);
  }

  @Test
  void an_assessed_referral_is_decided_within_30_days_of_its_assessment() {
    Referral assessed = Fixtures.assessed(Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS));
    java.time.LocalDate assessedOn = assessed.assessment().orElseThrow().assessedOn();
    assertThat(standard.deadline(assessed)).contains(assessedOn.plusDays(30));
    Referral expired = assessed.expire(standard, assessedOn.plusDays(31)).after();
    assertThat(expired.expiry()).contains(ReferralExpiry.NOT_DECIDED_IN_TIME);
  }

  @Test
  void a_late_referral_may_still_be_acted_upon_until_it_is_expired_and_not_after() {
    Referral received = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS);
    Referral lateAssessed = received.assess(new NeedsAssessment(RECEIVED.plusDays(20), "Besoins."),
        RECEIVED.plusDays(20)).after();
    assertThat(standard.isOverdue(lateAssessed, RECEIVED.plusDays(20))).isFalse();

    Referral expired = received.expire(standard, RECEIVED.plusDays(20)).after();
    assertRefused(IllegalTransitionException.class, ErrorCode.ILLEGAL_TRANSITION,
        () -> expired.assess(new NeedsAssessment(RECEIVED.plusDays(20), "x"), RECEIVED.plusDays(20)));
    assertRefused(IllegalTransitionException.class, ErrorCode.ILLEGAL_TRANSITION,
        () -> expired.validate(AccompanimentId.of(UUID.randomUUID()), RECEIVED.plusDays(20)));
    assertRefused(IllegalTransitionException.class, ErrorCode.ILLEGAL_TRANSITION,
        () -> expired.reject("x", RECEIVED.plusDays(20)));
    assertRefused(IllegalTransitionException.class, ErrorCode.ILLEGAL_TRANSITION,
        () -> expired.expire(standard, RECEIVED.plusDays(40)));
  }

  @Test
  void each_offer_may_set_its_own_delays_and_a_decided_referral_has_no_deadline() {
    ReferralDeadlines deadlines = standard.withOffer(OfferCode.MADI, new ReferralDelays(5, 10));
    assertThat(deadlines.of(OfferCode.MADI)).isEqualTo(new ReferralDelays(5, 10));
    assertThat(deadlines.of(OfferCode.MIP)).isEqualTo(new ReferralDelays(15, 30));
    Referral rejected = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS).reject("Hors territoire", RECEIVED)
        .after();
    assertThat(deadlines.deadline(rejected)).isEmpty();
    assertThat(deadlines.isOverdue(rejected, RECEIVED.plusYears(1))).isFalse();
  }

  @Test
  void delays_are_from_one_day_to_a_year() {
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, () -> new ReferralDelays(0, 30));
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, () -> new ReferralDelays(15, 367));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE, () -> standard.withOffer(null,
        new ReferralDelays(1, 1)));
  }

  @Test
  void an_expired_state_without_its_reason_is_inconsistent() {
    Referral expired = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS).expire(standard, RECEIVED.plusDays(16))
        .after();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Referral.builder().from(expired).expiry(java.util.Optional.empty()).build())
        .isInstanceOf(IllegalStateException.class);
  }
}
