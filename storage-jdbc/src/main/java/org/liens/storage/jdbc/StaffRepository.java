package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;
import org.liens.staff.StaffRole;
import org.liens.storage.AggregateKind;
import org.liens.storage.StaffRegistry;

/** {@code liens_staff_member}: organisation and days of activity as columns, the roles as a JSON array. */
final class StaffRepository extends AggregateTable<StaffMember, StaffId> implements StaffRegistry {
  static final String TABLE = "liens_staff_member";
  static final List<String> COLUMNS = List.of("organisation_id", "roles", "active_from", "active_to");

  StaffRepository(Session session) {
    super(session, AggregateKind.STAFF_MEMBER, TABLE, "m", COLUMNS, StaffRepository::member,
        StaffMember::withVersion);
  }

  @Override
  public List<StaffMember> ofOrganisation(OrganisationId organisation) {
    Checks.required(organisation, "organisation");
    return list("list staff of organisation", "m.organisation_id = ?", args -> args.uuid(organisation.value()),
        null, BY_ID);
  }

  static StaffMember member(Row row) throws SQLException {
    return new StaffMember(StaffId.of(row.uuid("id")), row.number("version"),
        OrganisationId.of(row.uuid("organisation_id")), row.jsonSet("roles", StaffRole.class),
        row.date("active_from"), row.optionalDate("active_to"));
  }

  @Override
  void bind(Args args, StaffMember member, boolean links) throws SQLException {
    args.uuid(member.organisation().value()).json(member.roles()).date(member.activeFrom())
        .date(member.activeTo());
  }
}
