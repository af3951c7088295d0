package org.liens.storage;

import org.liens.household.Household;
import org.liens.household.HouseholdId;

/** The households known to the organisation. */
public interface Households extends AggregateStore<Household, HouseholdId> {

  /**
   * Serialises, until the transaction ends, the use cases that touch this household's accompaniments, so that two
   * concurrent validations cannot both open the same offer for it. A no-op for adapters whose transactions are
   * already serial.
   *
   * @throws org.liens.shared.NotFoundException if the household does not exist
   */
  void lock(HouseholdId id);
}
