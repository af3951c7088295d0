package org.liens.document;

import java.util.List;
import java.util.Optional;
import org.liens.catalog.ContactTargets;
import org.liens.shared.Checks;

/**
 * The contacts held during an accompaniment against its targets (R4), and those missed (issue 14), as the action
 * report states them. Only held contacts are counted against the targets.
 *
 * @param homeVisits home visits done
 * @param remoteContacts remote contacts done (phone, e-mail, SMS, video)
 * @param workshopSessions workshop sessions held (ARCS)
 * @param targets the offer's targets, when it has some
 * @param missed the contacts missed, in recording order
 */
public record ContactSummary(int homeVisits, int remoteContacts, int workshopSessions, Optional<ContactTargets> targets,
    List<MissedContact> missed) {
  /**
   * Checks the components: {@code targets} an {@code Optional}, never null; {@code homeVisits}, {@code
   * remoteContacts} and {@code workshopSessions} zero or more; {@code missed} copied unmodifiable, read as empty
   * when absent (reports written before contact statuses).
   *
   * @param homeVisits home visits done
   * @param remoteContacts remote contacts done (phone, e-mail, SMS, video)
   * @param workshopSessions workshop sessions held (ARCS)
   * @param targets the offer's targets, when it has some
   * @param missed the contacts missed, in recording order
   */
  public ContactSummary {
    Checks.notNegative(homeVisits, "homeVisits");
    Checks.notNegative(remoteContacts, "remoteContacts");
    Checks.notNegative(workshopSessions, "workshopSessions");
    Checks.optional(targets, "targets");
    missed = missed == null ? List.of() : Checks.listOf(missed, "missed");
  }
}
