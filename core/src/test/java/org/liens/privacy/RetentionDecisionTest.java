package org.liens.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.household.HouseholdId;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/** The retention rule's edges, reasons and explanations (issue 9, item 6). */
class RetentionDecisionTest {
  private static final HouseholdId HOUSEHOLD = Fixtures.HOUSEHOLD;
  private static final RetentionPolicy POLICY = RetentionPolicy.standard();

  private static Accompaniment cancelledOn(LocalDate opened, LocalDate end) {
    return Fixtures.validated(OfferCode.MIP, opened).cancel("secret reason", end, end).after();
  }

  @Test
  void the_default_is_two_years_of_personal_data_and_ten_years_of_billing_records() {
    assertThat(POLICY).isEqualTo(RetentionPolicy.CNIL_SOCIAL_SUPPORT);
    assertThat(POLICY.personalData()).isEqualTo(Period.ofYears(2));
    assertThat(POLICY.billingRecords()).isEqualTo(Period.ofYears(10));
    assertThat(POLICY.billingRecordKeptUntil(LocalDate.of(2024, 3, 14))).isEqualTo(LocalDate.of(2034, 3, 13));
    assertThatThrownBy(() -> new RetentionPolicy(Period.ZERO, Period.ofYears(10)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
  }

  @Test
  void kept_up_to_two_years_after_the_last_activity_then_expired() {
    List<Accompaniment> ended = List.of(cancelledOn(LocalDate.of(2023, 9, 4), LocalDate.of(2024, 3, 14)));
    RetentionDecision lastDay = POLICY.decide(HOUSEHOLD, List.of(), ended, LocalDate.of(2026, 3, 13));
    RetentionDecision next = POLICY.decide(HOUSEHOLD, List.of(), ended, LocalDate.of(2026, 3, 14));

    assertThat(lastDay.reason()).isEqualTo(RetentionDecision.Reason.INSIDE_WINDOW);
    assertThat(lastDay.keptUntil()).contains(LocalDate.of(2026, 3, 13));
    assertThat(lastDay.mayErase()).isFalse();
    assertThat(lastDay.explanation().en())
        .isEqualTo("kept up to 2026-03-13 included: last contact or closure on 2024-03-14");
    assertThat(lastDay.explanation().fr()).contains("2026-03-13", "2024-03-14");
    assertThat(next.reason()).isEqualTo(RetentionDecision.Reason.EXPIRED);
    assertThat(next.expired()).isTrue();
    assertThat(next.toString()).doesNotContain("secret");
  }

  @Test
  void a_last_activity_on_29_february_is_kept_up_to_27_february_two_years_later() {
    List<Accompaniment> ended = List.of(cancelledOn(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 2, 29)));
    assertThat(POLICY.decide(HOUSEHOLD, List.of(), ended, LocalDate.of(2026, 2, 27)).keptUntil())
        .contains(LocalDate.of(2026, 2, 27));
    assertThat(POLICY.decide(HOUSEHOLD, List.of(), ended, LocalDate.of(2026, 2, 28)).expired()).isTrue();
  }

  @Test
  void an_open_accompaniment_or_an_undecided_referral_keeps_everything_whatever_the_date() {
    Accompaniment open = Fixtures.validated(OfferCode.MIP, LocalDate.of(2016, 1, 4));
    Accompaniment old = cancelledOn(LocalDate.of(2016, 1, 4), LocalDate.of(2016, 2, 1));
    Referral undecided = Fixtures.received(OfferCode.MIP, ReferralReason.FAMILY_EVENT);
    LocalDate far = LocalDate.of(2040, 1, 1);

    assertThat(POLICY.decide(HOUSEHOLD, List.of(), List.of(old, open), far).reason())
        .isEqualTo(RetentionDecision.Reason.OPEN_ACCOMPANIMENT);
    assertThat(POLICY.decide(HOUSEHOLD, List.of(undecided), List.of(old), far).reason())
        .isEqualTo(RetentionDecision.Reason.UNDECIDED_REFERRAL);
    RetentionDecision undated = POLICY.decide(HOUSEHOLD, List.of(), List.of(), far);
    assertThat(undated.reason()).isEqualTo(RetentionDecision.Reason.NO_DATED_ACTIVITY);
    assertThat(undated.expired()).isFalse();
    assertThat(undated.mayErase()).isTrue();
  }

  @Test
  void a_rejected_referral_dates_the_household_by_its_decision() {
    Referral rejected = Fixtures.received(OfferCode.MIP, ReferralReason.FAMILY_EVENT).reject("pas de place", Fixtures.RECEIVED.plusDays(10))
        .after();
    RetentionDecision decision = POLICY.decide(HOUSEHOLD, List.of(rejected), List.of(), Fixtures.RECEIVED);
    assertThat(decision.lastActivity()).contains(Fixtures.RECEIVED.plusDays(10));
    assertThat(decision.keptUntil()).contains(Fixtures.RECEIVED.plusDays(10).plusYears(2).minusDays(1));
  }
}
