package org.liens.storage.memory;

import java.util.List;
import org.liens.household.HouseholdId;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.Referrals;

/** The referrals (R7, R8), by household, and those waiting for a decision. */
final class ReferralRepository extends AggregateTable<Referral, ReferralId> implements Referrals {
  ReferralRepository(Session session) {
    super(session, AggregateKind.REFERRAL, session.store.referrals, Referral::withVersion);
  }

  @Override
  public List<Referral> ofHousehold(HouseholdId household) {
    return session.query(table, store.referralsByHousehold.get(Checks.required(household, "household")),
        BY_RECEPTION);
  }

  @Override
  public List<Referral> undecided() {
    return session.query(table, store.undecidedReferrals.get(Boolean.TRUE), BY_RECEPTION);
  }
}
