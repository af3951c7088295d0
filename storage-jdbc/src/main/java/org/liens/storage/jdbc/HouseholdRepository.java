package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.shared.Checks;
import org.liens.storage.Households;

/** {@code liens_household}: the id, the version, and the profile (the people) as JSON. */
final class HouseholdRepository extends AggregateTable<Household, HouseholdId> implements Households {
  static final String TABLE = "liens_household";
  static final List<String> COLUMNS = List.of("profile");

  HouseholdRepository(Session session) {
    super(session, TABLE, "household", COLUMNS);
  }

  @Override
  public Optional<Household> find(HouseholdId id) {
    Checks.required(id, "id");
    session.usable();
    return tx.queryOne("find household", select("h") + " WHERE h.id = ?", args -> args.uuid(id.value()),
        HouseholdRepository::household);
  }

  static Household household(Row row) throws SQLException {
    return new Household(HouseholdId.of(row.uuid("id")), row.number("version"),
        row.json("profile", HouseholdProfile.class));
  }

  @Override
  void bind(Args args, Household household) throws SQLException {
    args.json(household.profile());
  }

  @Override
  List<Reference> references(Household household) {
    return List.of();
  }

  @Override
  Household atVersion(Household household, long version) {
    return household.withVersion(version);
  }
}
