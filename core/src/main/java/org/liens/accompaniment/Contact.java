package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.staff.StaffId;

/**
 * A contact between the team and the family, recorded with its date, kind and educator (R4): a
 * {@link HomeVisit}, a {@link RemoteContact}, or an ARCS {@link WorkshopSession}.
 */
public sealed interface Contact permits HomeVisit, RemoteContact, WorkshopSession {
  /** {@return the contact's id} */
  ContactId id();

  /** {@return the day the contact took place, inside the period and never in the future} */
  LocalDate date();

  /** {@return the educator who made it, a member of the team} */
  StaffId educator();

  /** {@return the kind, from the type: home visit, remote contact or workshop session} */
  default ContactKind kind() {
    return this instanceof HomeVisit ? ContactKind.HOME_VISIT
        : this instanceof RemoteContact ? ContactKind.REMOTE_CONTACT
        : ContactKind.WORKSHOP_SESSION;
  }
}
