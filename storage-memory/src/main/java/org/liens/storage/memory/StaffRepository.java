package org.liens.storage.memory;

import java.util.List;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;
import org.liens.storage.AggregateKind;
import org.liens.storage.StaffRegistry;

/** The staff members, by organisation. */
final class StaffRepository extends AggregateTable<StaffMember, StaffId> implements StaffRegistry {
  StaffRepository(Session session) {
    super(session, AggregateKind.STAFF_MEMBER, session.store.staff, StaffMember::withVersion);
  }

  @Override
  public List<StaffMember> ofOrganisation(OrganisationId organisation) {
    return session.query(table, store.staffByOrganisation.get(Checks.required(organisation, "organisation")), BY_ID);
  }
}
