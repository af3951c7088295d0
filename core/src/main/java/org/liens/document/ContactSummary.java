package org.liens.document;

import java.util.Optional;
import org.liens.catalog.ContactTargets;
import org.liens.shared.Checks;

/**
 * The contacts done during an accompaniment against its targets (R4), as the action report states them.
 *
 * @param homeVisits home visits done
 * @param remoteContacts remote contacts done (phone, e-mail, SMS, video)
 * @param workshopSessions workshop sessions held (ARCS)
 * @param targets the offer's targets, when it has some
 */
public record ContactSummary(int homeVisits, int remoteContacts, int workshopSessions, Optional<ContactTargets> targets) {
  /**
   * Checks the components: {@code targets} an {@code Optional}, never null; {@code homeVisits}, {@code
   * remoteContacts} and {@code workshopSessions} zero or more.
   *
   * @param homeVisits home visits done
   * @param remoteContacts remote contacts done (phone, e-mail, SMS, video)
   * @param workshopSessions workshop sessions held (ARCS)
   * @param targets the offer's targets, when it has some
   */
  public ContactSummary {
    Checks.notNegative(homeVisits, "homeVisits");
    Checks.notNegative(remoteContacts, "remoteContacts");
    Checks.notNegative(workshopSessions, "workshopSessions");
    Checks.optional(targets, "targets");
  }
}
