package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;

/** A home visit (VAD) by an educator of the team (R4). */
public record HomeVisit(ContactId id, LocalDate date, StaffId educator) implements Contact {
  /**
   * Checks the components: {@code id} and {@code educator} required; {@code date} within the supported date range.
   *
   * @param id the contact's id, unique within the accompaniment
   * @param date the day it took place
   * @param educator the team member who held it
   */
  public HomeVisit {
    Checks.required(id, "id");
    Checks.date(date, "date");
    Checks.required(educator, "educator");
  }
}
