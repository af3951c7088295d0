package org.liens.storage;

import java.util.List;
import org.liens.household.Household;
import org.liens.household.HouseholdId;

/**
 * The households known to the organisation. Validation {@linkplain #lock locks} the household, so that two
 * concurrent validations cannot both open the same offer for it.
 */
public interface Households extends AggregateStore<Household, HouseholdId> {

  /**
   * {@return the ids of every household, in no particular order} What the retention job walks through
   * ({@code PrivacyService#anonymiseExpired}).
   */
  List<HouseholdId> ids();
}
