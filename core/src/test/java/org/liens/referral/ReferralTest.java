package org.liens.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.ANNE_ID;
import static org.liens.fixtures.Fixtures.RECEIVED;
import static org.liens.fixtures.Fixtures.assertRefused;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.organisation.OrganisationId;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.InvalidInputException;
import org.liens.shared.PersonName;
import org.liens.shared.RuleViolationException;

class ReferralTest {
  final AccompanimentId opened = AccompanimentId.of(UUID.randomUUID());

  @Test
  void received_assessed_validated() {
    Referral received = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS);
    assertThat(received.status()).isEqualTo(ReferralStatus.RECEIVED);
    Referral assessed = Fixtures.assessed(received);
    assertThat(assessed.status()).isEqualTo(ReferralStatus.ASSESSED);
    assertThat(assessed.consent()).map(Consent::givenBy).contains(java.util.List.of(ANNE_ID));
    var validated = assessed.validate(opened, RECEIVED.plusDays(2));
    assertThat(validated.after().status()).isEqualTo(ReferralStatus.VALIDATED);
    assertThat(validated.after().accompaniment()).contains(opened);
    assertThat(validated.events()).singleElement().isEqualTo(new ReferralValidated(received.id(), opened, RECEIVED.plusDays(2)));
  }

  @Test
  void a_received_referral_cannot_be_validated_before_assessment() {
    assertRefused(IllegalTransitionException.class, ErrorCode.ILLEGAL_TRANSITION,
        () -> Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS).validate(opened, RECEIVED));
  }

  @Test
  void validation_needs_consent() {
    Referral assessedWithoutConsent = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS)
        .assess(new NeedsAssessment(RECEIVED, "Besoins."), RECEIVED).after();
    assertRefused(RuleViolationException.class, ErrorCode.NOT_ELIGIBLE,
        () -> assessedWithoutConsent.validate(opened, RECEIVED));
  }

  @Test
  void rejection_needs_a_reason_and_ends_the_referral() {
    Referral received = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS);
    assertRefused(InvalidInputException.class, ErrorCode.BLANK_VALUE, () -> received.reject(" ", RECEIVED));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE, () -> received.reject(null, RECEIVED));
    Referral rejected = received.reject("Hors territoire", RECEIVED).after();
    assertThat(rejected.status()).isEqualTo(ReferralStatus.REJECTED);
    assertThat(rejected.rejectionReason()).contains("Hors territoire");
    assertRefused(IllegalTransitionException.class, ErrorCode.ILLEGAL_TRANSITION,
        () -> rejected.assess(new NeedsAssessment(RECEIVED, "x"), RECEIVED));
    assertRefused(IllegalTransitionException.class, ErrorCode.ILLEGAL_TRANSITION,
        () -> rejected.recordConsent(Consent.of(RECEIVED, ANNE_ID), RECEIVED));
  }

  @Test
  void consent_cannot_be_dated_in_the_future_and_assessment_cannot_precede_the_referral() {
    Referral received = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS);
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_CONSENT,
        () -> received.recordConsent(Consent.of(RECEIVED.plusDays(1), ANNE_ID), RECEIVED));
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
        () -> received.assess(new NeedsAssessment(RECEIVED.minusDays(1), "x"), RECEIVED));
  }

  @Test
  void a_field_worker_referral_names_the_prescriber_and_the_worker() {
    assertRefused(InvalidInputException.class, ErrorCode.BLANK_VALUE,
        () -> ReferralSource.fieldWorker(OrganisationId.of(UUID.randomUUID()), PersonName.of("", "Durand")));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE,
        () -> ReferralSource.fieldWorker(null, PersonName.of("Paul", "Durand")));
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_REFERRAL_SOURCE, () -> new ReferralSource(
        org.liens.catalog.ReferralChannel.PARTNER_FIELD_WORKER, java.util.Optional.empty(), java.util.Optional.empty()));
  }

  @Test
  void a_referral_gives_at_least_one_reason() {
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
        () -> Fixtures.request(OfferCode.MIP));
  }

  @Test
  void duplicate_reasons_count_once_and_a_missing_name_is_a_typed_error() {
    assertThat(Fixtures.request(OfferCode.MIP, ReferralReason.CRISIS, ReferralReason.CRISIS).reasons())
        .containsExactly(ReferralReason.CRISIS);
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE,
        () -> Consent.of(RECEIVED, ANNE_ID, null));
  }
}
