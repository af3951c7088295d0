package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;

/** A home visit (VAD) by an educator of the team (R4). */
public record HomeVisit(ContactId id, LocalDate date, StaffId educator) implements Contact {
  public HomeVisit {
    Checks.required(id, "id");
    Checks.date(date, "date");
    Checks.required(educator, "educator");
  }
}
