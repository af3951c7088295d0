package org.liens.storage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.liens.accompaniment.AccompanimentId;
import org.liens.household.HouseholdId;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationId;
import org.liens.orientation.OrientationTally;

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

  /**
   * {@return the orientations proposed in {@code [from, to)} counted by where they stand on {@code day} and by
   * outcome: what the published figures show (issue 16)} An adapter counts where the data lives (the JDBC adapter
   * with one SQL aggregate); this default counts {@link #proposedBetween}, and every adapter must answer as it does
   * ({@code OrientationContract}).
   *
   * @param from the first day
   * @param to the day after the last
   * @param day the day the states are read on (a proposal unanswered on its expiry date counts as expired)
   */
  default OrientationTally tally(LocalDate from, LocalDate to, LocalDate day) {
    return OrientationTally.of(proposedBetween(from, to), day);
  }
}
