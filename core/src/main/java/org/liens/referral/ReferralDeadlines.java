package org.liens.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;

/**
 * The delays each offer gives a referral before it expires (issue 14: "a referral nobody answers must not rot").
 * The seeds set no delay; the standard policy ({@link #standard()}) is the common practice of the services the issue
 * cites: assessment within 15 days of receipt, decision within 30 days of the assessment, for every offer. A host
 * sets its own per offer with {@link #withOffer}. Expiry is not automatic: the host calls
 * {@code ReferralService.expireOverdue} (a daily job, say); until then a late referral may still be acted upon.
 *
 * @param byDefault the delays of an offer without delays of its own
 * @param byOffer the delays set for particular offers
 */
public record ReferralDeadlines(ReferralDelays byDefault, Map<OfferCode, ReferralDelays> byOffer) {

  /**
   * Checks and copies.
   *
   * @param byDefault the delays of an offer without delays of its own
   * @param byOffer the delays set for particular offers
   */
  public ReferralDeadlines {
    Checks.required(byDefault, "byDefault");
    byOffer = Map.copyOf(Checks.required(byOffer, "byOffer"));
  }

  /** {@return 15 days to assess, 30 days to decide, for every offer} */
  public static ReferralDeadlines standard() {
    return new ReferralDeadlines(new ReferralDelays(15, 30), Map.of());
  }

  /**
   * {@return these deadlines with {@code delays} for {@code offer}}
   *
   * @param offer the offer
   * @param delays its delays
   */
  public ReferralDeadlines withOffer(OfferCode offer, ReferralDelays delays) {
    Checks.requiredAll("offer, delays", offer, delays);
    Map<OfferCode, ReferralDelays> copy = new HashMap<>(byOffer);
    copy.put(offer, delays);
    return new ReferralDeadlines(byDefault, copy);
  }

  /**
   * {@return the delays of {@code offer}}
   *
   * @param offer the offer
   */
  public ReferralDelays of(OfferCode offer) {
    return byOffer.getOrDefault(Checks.required(offer, "offer"), byDefault);
  }

  /**
   * {@return the last day {@code referral} may be acted upon at its current step: receipt + the assessment delay
   * while {@code RECEIVED}, assessment + the decision delay while {@code ASSESSED}; empty once decided or expired}
   *
   * @param referral the referral
   */
  public Optional<LocalDate> deadline(Referral referral) {
    Checks.required(referral, "referral");
    ReferralDelays delays = of(referral.offer());
    return switch (referral.status()) {
      case RECEIVED -> Optional.of(referral.receivedOn().plusDays(delays.assessWithinDays()));
      case ASSESSED -> referral.assessment().map(a -> a.assessedOn().plusDays(delays.decideWithinDays()));
      default -> Optional.empty();
    };
  }

  /**
   * {@return whether {@code referral} is past its deadline on {@code today} (the deadline day itself is in time)}
   *
   * @param referral the referral
   * @param today the day it is
   */
  public boolean isOverdue(Referral referral, LocalDate today) {
    Checks.required(today, "today");
    return deadline(referral).map(today::isAfter).orElse(false);
  }
}
