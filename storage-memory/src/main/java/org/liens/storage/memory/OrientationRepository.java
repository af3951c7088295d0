package org.liens.storage.memory;

import java.time.LocalDate;
import java.util.List;
import org.liens.accompaniment.AccompanimentId;
import org.liens.household.HouseholdId;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationId;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.Orientations;

/** The orientations (issue 16), by accompaniment, household, day of proposal, and those pending. */
final class OrientationRepository extends AggregateTable<Orientation, OrientationId> implements Orientations {
  OrientationRepository(Session session) {
    super(session, AggregateKind.ORIENTATION, session.store.orientations, Orientation::withVersion);
  }

  @Override
  public List<Orientation> ofAccompaniment(AccompanimentId accompaniment) {
    return session.query(table, store.orientationsByAccompaniment.get(Checks.required(accompaniment, "accompaniment")),
        BY_PROPOSAL);
  }

  @Override
  public List<Orientation> ofHousehold(HouseholdId household) {
    return session.query(table, store.orientationsByHousehold.get(Checks.required(household, "household")),
        BY_PROPOSAL);
  }

  @Override
  public List<Orientation> proposedBetween(LocalDate from, LocalDate to) {
    Checks.requiredAll("from, to", from, to);
    if (!from.isBefore(to)) {
      return List.of();
    }
    return between(store.orientationsByProposal, from, to.minusDays(1), BY_PROPOSAL);
  }

  @Override
  public List<Orientation> pending() {
    return session.query(table, store.pendingOrientations.get(Boolean.TRUE), BY_PROPOSAL);
  }
}
