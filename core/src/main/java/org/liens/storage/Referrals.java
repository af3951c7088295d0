package org.liens.storage;

import java.util.Comparator;
import java.util.List;
import org.liens.household.HouseholdId;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;

/**
 * Referrals, whatever their status. Saving one whose household, prescriber, funder, or named accompaniment does not
 * exist is a dangling reference.
 */
public interface Referrals extends AggregateStore<Referral, ReferralId> {

  /** The order of {@link #ofHousehold}: reception date, then id (any tie-break is allowed). */
  Comparator<Referral> BY_RECEPTION = Comparator.comparing(Referral::receivedOn).thenComparing(r -> r.id().value());

  /**
   * {@return the referrals of a household, oldest received first (same-day ties in no particular order)}
   *
   * @param household the household
   */
  List<Referral> ofHousehold(HouseholdId household);

  /**
   * {@return every referral waiting for a decision ({@code RECEIVED} or {@code ASSESSED}), in {@link #BY_RECEPTION}
   * order (same-day ties in no particular order): what expiry and the waiting list scan (issue 14)}
   */
  List<Referral> undecided();
}
