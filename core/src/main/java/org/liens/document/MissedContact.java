package org.liens.document;

import java.time.LocalDate;
import org.liens.accompaniment.ContactKind;
import org.liens.accompaniment.ContactStatus;
import org.liens.shared.Checks;

/**
 * A contact that did not take place, as the action report lists it (R8, issue 14): its day, its kind and who missed
 * it. Missed contacts do not count toward the targets.
 *
 * @param date the day it was planned for
 * @param kind home visit, remote contact or workshop session
 * @param status one of the missed statuses: family absent, cancelled by the family, cancelled by the service
 */
public record MissedContact(LocalDate date, ContactKind kind, ContactStatus status) {
  /**
   * Checks the components: all required; {@code date} within the supported date range; {@code status} a missed one.
   *
   * @param date the day it was planned for
   * @param kind home visit, remote contact or workshop session
   * @param status one of the missed statuses: family absent, cancelled by the family, cancelled by the service
   */
  public MissedContact {
    Checks.date(date, "date");
    Checks.required(kind, "kind");
    Checks.check(Checks.required(status, "status").missed(), "a missed contact has a missed status");
  }
}
