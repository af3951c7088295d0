package org.liens.storage;

import java.util.Comparator;
import java.util.List;
import org.liens.organisation.OrganisationId;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;

/** The staff members of the organisation that runs the offers: educators, practitioners, coordinators. */
public interface StaffRegistry extends AggregateStore<StaffMember, StaffId> {

  /** The order of {@link #ofOrganisation}: by id ({@link java.util.UUID#compareTo}). */
  Comparator<StaffMember> BY_ID = Comparator.comparing(m -> m.id().value());

  /**
   * {@return the staff members who work for {@code organisation}, active or not, ordered by id}
   *
   * @param organisation the organisation
   */
  List<StaffMember> ofOrganisation(OrganisationId organisation);
}
