package org.liens.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.pricing.PricedLine;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.fixtures.Fixtures;

/**
 * Issue 10, defect 4: the texts of referrals (needs assessment, rejection reason), of quote and invoice lines and of
 * the catalogue carry the same bounds as every other text, so every adapter answers the same input the same way.
 */
class TextBoundsTest {
  static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private static void refused(Runnable call) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
  }

  @Test
  void aNeedsAssessmentIsALongText() {
    assertThat(new NeedsAssessment(DAY, " Besoins.\nSuite. ").summary()).isEqualTo("Besoins.\nSuite.");
    assertThat(new NeedsAssessment(DAY, "x".repeat(Bounds.LONG_TEXT_MAX)).summary()).hasSize(Bounds.LONG_TEXT_MAX);
    refused(() -> new NeedsAssessment(DAY, "x".repeat(Bounds.LONG_TEXT_MAX + 1)));
    refused(() -> new NeedsAssessment(DAY, "Besoins\u0000"));
    refused(() -> new NeedsAssessment(LocalDate.MAX, "Besoins."));
  }

  @Test
  void aConsentIsGivenOnADateInsideTheRange() {
    org.liens.household.PersonId anne = org.liens.household.PersonId.of(new java.util.UUID(1, 1));
    assertThat(org.liens.referral.Consent.of(Bounds.EARLIEST_DATE, anne).givenOn()).isEqualTo(Bounds.EARLIEST_DATE);
    refused(() -> org.liens.referral.Consent.of(LocalDate.MAX, anne));
    refused(() -> org.liens.referral.Consent.of(Bounds.EARLIEST_DATE.minusDays(1), anne));
  }

  @Test
  void aReferralIsReceivedOnADateInsideTheRange() {
    Referral received = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS);
    refused(() -> org.liens.referral.ReferralRequest.of(received.household(), OfferCode.MIP, received.source(),
        received.funder(), Bounds.LATEST_DATE.plusDays(1), ReferralReason.CRISIS));
    refused(() -> org.liens.referral.ReferralRequest.of(received.household(), OfferCode.MIP, received.source(),
        received.funder(), LocalDate.of(1899, 12, 31), ReferralReason.CRISIS));
  }

  @Test
  void aRejectionReasonIsALongTextLikeACancellationReason() {
    Referral received = Fixtures.received(OfferCode.MIP, ReferralReason.CRISIS);
    assertThat(received.reject("x".repeat(Bounds.LONG_TEXT_MAX), DAY).after().rejectionReason()).isPresent();
    refused(() -> received.reject("x".repeat(Bounds.LONG_TEXT_MAX + 1), DAY));
    refused(() -> received.reject("Hors\u0007 territoire", DAY));
  }

  @Test
  void aPricedLineDescriptionIsAShortText() {
    Quantity one = Quantity.of(1, QuantityUnit.TRIP);
    assertThat(new PricedLine(" Déplacements ", one, Money.euros(10)).description()).isEqualTo("Déplacements");
    refused(() -> new PricedLine("x".repeat(Bounds.SHORT_TEXT_MAX + 1), one, Money.euros(10)));
    refused(() -> new PricedLine("Dé\uD83Dplacements", one, Money.euros(10)));
  }

  @Test
  void aCatalogueTextIsAShortText() {
    assertThat(LocalizedText.of("Médiation", "Mediation").fr()).isEqualTo("Médiation");
    refused(() -> LocalizedText.of("x".repeat(Bounds.SHORT_TEXT_MAX + 1), "Mediation"));
    refused(() -> LocalizedText.of("Médiation", "Media\u0000tion"));
  }
}
