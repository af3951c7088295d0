package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.liens.accompaniment.AccompanimentId;
import org.liens.household.HouseholdId;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationId;
import org.liens.orientation.OrientationState;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.Orientations;

/** {@code liens_orientation} (migration V10): the columns of the queries, the orientation as JSON. */
final class OrientationRepository extends AggregateTable<Orientation, OrientationId> implements Orientations {
  static final String TABLE = "liens_orientation";
  static final List<String> COLUMNS = List.of("accompaniment_id", "household_id", "state", "pending", "proposed_on",
      "data");

  OrientationRepository(Session session) {
    super(session, AggregateKind.ORIENTATION, TABLE, "n", COLUMNS, OrientationRepository::orientation,
        Orientation::withVersion);
  }

  static Orientation orientation(Row row) throws SQLException {
    return row.json("data", Orientation.class).withVersion(row.number("version"));
  }

  static boolean pending(Orientation o) {
    return o.state() == OrientationState.PROPOSED
        || (o.state() == OrientationState.ACCEPTED && o.outcome().isEmpty());
  }

  @Override
  void bind(Args args, Orientation o, boolean links) throws SQLException {
    args.uuid(o.accompaniment().value()).uuid(o.household().value()).name(o.state()).bool(pending(o))
        .date(o.proposedOn()).json(o.withVersion(0));
  }

  @Override
  public List<Orientation> ofAccompaniment(AccompanimentId accompaniment) {
    Checks.required(accompaniment, "accompaniment");
    return list("list orientations of accompaniment", "n.accompaniment_id = ?",
        args -> args.uuid(accompaniment.value()), null, BY_PROPOSAL);
  }

  @Override
  public List<Orientation> ofHousehold(HouseholdId household) {
    Checks.required(household, "household");
    return list("list orientations of household", "n.household_id = ?", args -> args.uuid(household.value()), null,
        BY_PROPOSAL);
  }

  @Override
  public List<Orientation> proposedBetween(LocalDate from, LocalDate to) {
    Checks.requiredAll("from, to", from, to);
    return list("list orientations proposed between", "n.proposed_on >= ? AND n.proposed_on < ?",
        args -> args.date(from).date(to), null, BY_PROPOSAL);
  }

  @Override
  public List<Orientation> pending() {
    return list("list pending orientations", "n.pending = ?", args -> args.bool(true), null, BY_PROPOSAL);
  }
}
