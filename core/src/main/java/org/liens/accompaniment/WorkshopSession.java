package org.liens.accompaniment;

import java.time.Duration;
import java.time.LocalDate;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;

/**
 * An individual ARCS session held by the practitioner (R3: "atelier individuel 1H"), with its length, from one
 * minute to eight hours. Only per-session offers record sessions.
 */
public record WorkshopSession(ContactId id, LocalDate date, StaffId educator, Duration length) implements Contact {
  /** The longest session Liens accepts. */
  public static final Duration MAX_LENGTH = Duration.ofHours(8);

  /**
   * Checks the components: {@code id}, {@code educator} and {@code length} required; {@code date} within the
   * supported date range; and the rules stated for the type.
   *
   * @param id the contact's id, unique within the accompaniment
   * @param date the day it took place
   * @param educator the team member who held it
   * @param length how long it lasted, from one minute to {@link #MAX_LENGTH}
   */
  public WorkshopSession {
    Checks.required(id, "id");
    Checks.date(date, "date");
    Checks.required(educator, "educator");
    Checks.required(length, "length");
    Checks.check(length.toMinutes() >= 1 && length.compareTo(MAX_LENGTH) <= 0,
        "a session lasts from 1 minute to 8 hours");
  }
}
