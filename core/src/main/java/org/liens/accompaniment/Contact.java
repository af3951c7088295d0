package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.staff.StaffId;

/**
 * A contact between the team and the family, recorded with its date, kind, educator and status (R4, issue 14): a
 * {@link HomeVisit}, a {@link RemoteContact}, or an ARCS {@link WorkshopSession}. Only {@link ContactStatus#HELD}
 * contacts count toward the targets; each type's short constructor makes a held one.
 */
public sealed interface Contact permits HomeVisit, RemoteContact, WorkshopSession {
  /** {@return the contact's id} */
  ContactId id();

  /**
   * {@return the day it took place, or was planned for: inside the period, and no later than the day it is recorded
   * unless it is planned}
   */
  LocalDate date();

  /** {@return the educator who made it (or is to make it), a member of the team} */
  StaffId educator();

  /** {@return where it stands: planned, held, missed or cancelled} */
  ContactStatus status();

  /**
   * {@return the same contact in {@code status}}
   *
   * @param status the new status
   */
  Contact withStatus(ContactStatus status);

  /** {@return the kind, from the type: home visit, remote contact or workshop session} */
  default ContactKind kind() {
    return this instanceof HomeVisit ? ContactKind.HOME_VISIT
        : this instanceof RemoteContact ? ContactKind.REMOTE_CONTACT
        : ContactKind.WORKSHOP_SESSION;
  }
}
