package org.liens.storage.memory;

import java.util.List;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.storage.AggregateKind;
import org.liens.storage.Households;

/** The households (R8: the family a referral and an accompaniment are for). */
final class HouseholdRepository extends AggregateTable<Household, HouseholdId> implements Households {
  HouseholdRepository(Session session) {
    super(session, AggregateKind.HOUSEHOLD, session.store.households, Household::withVersion);
  }

  @Override
  public List<HouseholdId> ids() {
    session.usable();
    return table.ids().stream().map(HouseholdId::of).toList();
  }
}
