package org.liens.storage.tck;

import java.time.LocalDate;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.catalog.OfferCode;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.Checks;

/** An expired referral for the fixtures (issue 14): received 40 days before today, never assessed, then expired. */
final class Expiring {
  private Expiring() {}

  /** Receives a MAPA referral 40 days before {@code today} and expires it; nothing else may be overdue. */
  static Referral referral(Liens liens, Actor actor, HouseholdId household, OrganisationId funder, LocalDate today) {
    Referral received = liens.referrals().receive(actor, ReferralRequest.of(household, OfferCode.MAPA,
        ReferralSource.familyRequest(), funder, today.minusDays(40), ReferralReason.CAREGIVER_CRISIS));
    Referral expired = liens.referrals().expireOverdue(actor).get(0);
    Checks.check(expired.id().equals(received.id()), "only the referral received 40 days ago is overdue");
    return expired;
  }
}
