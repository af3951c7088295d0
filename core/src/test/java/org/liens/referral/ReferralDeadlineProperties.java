package org.liens.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liens.fixtures.Fixtures.RECEIVED;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.shared.RuleViolationException;

/** Issue 14: a referral expires exactly when the day is after its deadline, with the reason of its step. */
class ReferralDeadlineProperties {

  @Property
  void a_referral_expires_exactly_after_its_deadline(
      @ForAll @IntRange(min = 1, max = 366) int assessWithin, @ForAll @IntRange(min = 1, max = 366) int decideWithin,
      @ForAll boolean assessed, @ForAll @IntRange(min = 0, max = 60) int assessedAfter,
      @ForAll @IntRange(min = 0, max = 800) int daysLater) {
    ReferralDeadlines deadlines = ReferralDeadlines.standard()
        .withOffer(OfferCode.MIP, new ReferralDelays(assessWithin, decideWithin));
    Referral referral = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS);
    LocalDate step = RECEIVED;
    int delay = assessWithin;
    if (assessed) {
      step = RECEIVED.plusDays(assessedAfter);
      referral = referral.assess(new NeedsAssessment(step, "Besoins."), step).after();
      delay = decideWithin;
    }
    LocalDate today = step.plusDays(daysLater);
    boolean late = daysLater > delay;
    Statistics.label("overdue").collect(late);
    assertThat(deadlines.isOverdue(referral, today)).isEqualTo(late);
    if (late) {
      Referral expired = referral.expire(deadlines, today).after();
      assertThat(expired.status()).isEqualTo(ReferralStatus.EXPIRED);
      assertThat(expired.expiry()).contains(
          assessed ? ReferralExpiry.NOT_DECIDED_IN_TIME : ReferralExpiry.NOT_ASSESSED_IN_TIME);
      assertThat(expired.waitingDays(today.plusDays(10))).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(
          RECEIVED, today));
    } else {
      Referral inTime = referral;
      assertThatThrownBy(() -> inTime.expire(deadlines, today)).isInstanceOf(RuleViolationException.class);
      assertThat(referral.waitingDays(today)).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(RECEIVED, today));
    }
  }
}
