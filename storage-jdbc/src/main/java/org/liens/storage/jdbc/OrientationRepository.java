package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.liens.accompaniment.AccompanimentId;
import org.liens.household.HouseholdId;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationId;
import org.liens.orientation.OrientationState;
import org.liens.orientation.OrientationTally;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.Orientations;

/** {@code liens_orientation} (migration V10): the columns of the queries, the orientation as JSON. */
final class OrientationRepository extends AggregateTable<Orientation, OrientationId> implements Orientations {
  static final String TABLE = "liens_orientation";
  static final List<String> COLUMNS = List.of("accompaniment_id", "household_id", "state", "pending", "proposed_on",
      "data", "expires_on", "took_part");

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
        .date(o.proposedOn()).json(o.withVersion(0)).date(o.expiresOn())
        .integer(o.outcome().map(r -> r.tookPart() ? 1 : 0));
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

  /** One aggregate over the period's rows (V14 columns): by stored state and outcome, the lapsed proposals apart. */
  @Override
  public OrientationTally tally(LocalDate from, LocalDate to, LocalDate day) {
    Checks.requiredAll("from, to, day", from, to, day);
    session.usable();
    Map<OrientationState, Long> byState = new EnumMap<>(OrientationState.class);
    for (OrientationState state : OrientationState.values()) {
      byState.put(state, 0L);
    }
    long[] outcomes = new long[2];
    tx.query("count orientations proposed between", "SELECT n.state, n.took_part, COUNT(*) c,"
        + " SUM(CASE WHEN n.expires_on <= ? THEN 1 ELSE 0 END) lapsed FROM " + TABLE + " n"
        + " WHERE n.proposed_on >= ? AND n.proposed_on < ? GROUP BY n.state, n.took_part",
        args -> args.date(day).date(from).date(to), row -> {
          OrientationState state = OrientationState.valueOf(row.text("state"));
          long count = row.number("c");
          long lapsed = state == OrientationState.PROPOSED ? row.number("lapsed") : 0;
          byState.merge(OrientationState.EXPIRED, lapsed, Long::sum);
          byState.merge(state, count - lapsed, Long::sum);
          row.optionalInteger("took_part").ifPresent(t -> outcomes[t] += count);
          return null;
        });
    return new OrientationTally(byState, outcomes[1], outcomes[0]);
  }

  @Override
  public List<Orientation> pending() {
    return list("list pending orientations", "n.pending = ?", args -> args.bool(true), null, BY_PROPOSAL);
  }
}
