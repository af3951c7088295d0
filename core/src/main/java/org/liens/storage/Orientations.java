package org.liens.storage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.liens.accompaniment.AccompanimentId;
import org.liens.household.HouseholdId;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationId;

/** Orientations to partner services (issue 16): personal data, kept with the accompaniment they belong to. */
public interface Orientations extends AggregateStore<Orientation, OrientationId> {

  /** The order of every list: day of the proposal, then id. */
  Comparator<Orientation> BY_PROPOSAL = Comparator.comparing(Orientation::proposedOn)
      .thenComparing(o -> o.id().value());

  /**
   * {@return the orientations of an accompaniment, by day of proposal then id}
   *
   * @param accompaniment the accompaniment
   */
  List<Orientation> ofAccompaniment(AccompanimentId accompaniment);

  /**
   * {@return the orientations of a household (its export, its retention), by day of proposal then id}
   *
   * @param household the household
   */
  List<Orientation> ofHousehold(HouseholdId household);

  /**
   * {@return the orientations proposed in {@code [from, to)}, by day of proposal then id: what the published figures
   * count, by their state}
   *
   * @param from the first day
   * @param to the day after the last
   */
  List<Orientation> proposedBetween(LocalDate from, LocalDate to);

  /**
   * {@return the orientations still waiting for something, by day of proposal then id: proposed (answer or expiry
   * due) or accepted without an outcome}
   */
  List<Orientation> pending();
}
