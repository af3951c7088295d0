package org.liens.storage.tck;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.staff.StaffId;
import org.liens.staff.StaffRole;

/**
 * Registers the staff that test worlds put on teams: teams accept only registered staff members, active on the
 * day as educators or practitioners.
 */
public final class Staffing {
  /** The first day of activity of the staff this class registers, before every date of the test worlds. */
  public static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

  private Staffing() {}

  /**
   * Registers the organisation that runs the offers and, working for it, each of {@code staff} as an educator and a
   * positive-psychopedagogy practitioner active from {@link #SINCE} on.
   *
   * @param liens the library, on the storage under test
   * @param actor who registers them
   * @param staff the ids of the staff members, as the teams will hold them
   * @return the organisation they work for
   */
  public static OrganisationId register(Liens liens, Actor actor, List<StaffId> staff) {
    OrganisationId employer = liens.organisations().register(actor, "Au bonheur des liens",
        OrganisationKind.ASSOCIATION).id();
    for (StaffId id : staff) {
      liens.staff().register(actor, id, employer, Set.of(StaffRole.EDUCATOR, StaffRole.PRACTITIONER), SINCE);
    }
    return employer;
  }

  /**
   * As {@link #register(Liens, Actor, List)}.
   *
   * @param liens the library, on the storage under test
   * @param actor who registers them
   * @param staff the ids of the staff members, as the teams will hold them
   * @return the organisation they work for
   */
  public static OrganisationId register(Liens liens, Actor actor, StaffId... staff) {
    return register(liens, actor, List.of(staff));
  }
}
