package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.shared.Checks;

/**
 * A home visit planned on the schedule of an accompaniment. Recording a home visit marks the earliest planned
 * visit not yet done as done by it; moving the first appointment moves only the planned visits not yet done.
 *
 * @param date the planned date
 * @param doneBy the home visit that fulfilled it, once done
 */
public record PlannedVisit(LocalDate date, Optional<ContactId> doneBy) {
  /**
   * Checks the components: {@code date} required; {@code doneBy} an {@code Optional}, never null.
   *
   * @param date the planned date
   * @param doneBy the home visit that fulfilled it, once done
   */
  public PlannedVisit {
    // one instance per day, planned visits share their dates; a visit may fall after LATEST_DATE (planned from a
    // first appointment on the last supported day), so the date is not range-checked here
    date = org.liens.shared.SharedDates.of(Checks.required(date, "date"));
    Checks.optional(doneBy, "doneBy");
  }

  /**
   * A visit planned on {@code date}, not yet done.
   *
   * @param date the planned date
   * @return the planned visit
   */
  public static PlannedVisit on(LocalDate date) {
    return new PlannedVisit(date, Optional.empty());
  }

  /** {@return whether a home visit fulfilled it} */
  public boolean done() {
    return doneBy.isPresent();
  }
}
