package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.storage.AggregateKind;
import org.liens.storage.Households;

/** {@code liens_household}: the id, the version, and the profile (the people) as JSON. */
final class HouseholdRepository extends AggregateTable<Household, HouseholdId> implements Households {
  static final String TABLE = "liens_household";
  static final List<String> COLUMNS = List.of("profile");

  HouseholdRepository(Session session) {
    super(session, AggregateKind.HOUSEHOLD, TABLE, "h", COLUMNS, HouseholdRepository::household,
        Household::withVersion);
  }

  static Household household(Row row) throws SQLException {
    return new Household(HouseholdId.of(row.uuid("id")), row.number("version"),
        row.json("profile", HouseholdProfile.class));
  }

  @Override
  void bind(Args args, Household household, boolean links) throws SQLException {
    args.json(household.profile());
  }

  @Override
  public List<HouseholdId> ids() {
    session.usable();
    return List.copyOf(tx.query("list households", "SELECT id FROM " + TABLE, args -> { },
        row -> HouseholdId.of(row.uuid("id"))));
  }
}
