package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;

/**
 * A home visit (VAD) by an educator of the team (R4), held unless its status says otherwise (issue 14).
 *
 * @param id the contact's id, unique within the accompaniment
 * @param date the day it took place, or is planned for
 * @param educator the team member who held it
 * @param status planned, held, missed or cancelled
 */
public record HomeVisit(ContactId id, LocalDate date, StaffId educator, ContactStatus status) implements Contact {
  /**
   * Checks the components: {@code id}, {@code educator} and {@code status} required; {@code date} within the
   * supported date range.
   *
   * @param id the contact's id, unique within the accompaniment
   * @param date the day it took place, or is planned for
   * @param educator the team member who held it
   * @param status planned, held, missed or cancelled
   */
  public HomeVisit {
    Checks.required(id, "id");
    date = Checks.date(date, "date"); // one instance per day: contacts share their dates
    Checks.required(educator, "educator");
    Checks.required(status, "status");
  }

  /**
   * A home visit held on {@code date}.
   *
   * @param id the contact's id, unique within the accompaniment
   * @param date the day it took place
   * @param educator the team member who held it
   */
  public HomeVisit(ContactId id, LocalDate date, StaffId educator) {
    this(id, date, educator, ContactStatus.HELD);
  }

  @Override
  public HomeVisit withStatus(ContactStatus newStatus) {
    return new HomeVisit(id, date, educator, newStatus);
  }
}
