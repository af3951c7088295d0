package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.shared.Checks;

/** A home visit (VAD) by an educator of the team (R4). */
public record HomeVisit(ContactId id, LocalDate date, EducatorId educator) implements Contact {
  public HomeVisit {
    Checks.required(id, "id");
    Checks.date(date, "date");
    Checks.required(educator, "educator");
  }
}
