package org.liens.accompaniment;

import java.time.Duration;
import java.time.LocalDate;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;

/**
 * An individual ARCS session held by the practitioner (R3: "atelier individuel 1H"), with its length, from one
 * minute to eight hours; held unless its status says otherwise, and billed only when held (issue 14). Only
 * per-session offers record sessions.
 *
 * @param id the contact's id, unique within the accompaniment
 * @param date the day it took place, or is planned for
 * @param educator the team member who held it
 * @param length how long it lasted (or is planned to), from one minute to {@link #MAX_LENGTH}
 * @param status planned, held, missed or cancelled
 */
public record WorkshopSession(ContactId id, LocalDate date, StaffId educator, Duration length, ContactStatus status)
    implements Contact {
  /** The longest session Liens accepts. */
  public static final Duration MAX_LENGTH = Duration.ofHours(8);

  /**
   * Checks the components: {@code id}, {@code educator}, {@code length} and {@code status} required; {@code date}
   * within the supported date range; and the rules stated for the type.
   *
   * @param id the contact's id, unique within the accompaniment
   * @param date the day it took place, or is planned for
   * @param educator the team member who held it
   * @param length how long it lasted (or is planned to), from one minute to {@link #MAX_LENGTH}
   * @param status planned, held, missed or cancelled
   */
  public WorkshopSession {
    Checks.required(id, "id");
    date = Checks.date(date, "date"); // one instance per day: contacts share their dates
    Checks.required(educator, "educator");
    Checks.required(length, "length");
    Checks.check(length.toMinutes() >= 1 && length.compareTo(MAX_LENGTH) <= 0,
        "a session lasts from 1 minute to 8 hours");
    Checks.required(status, "status");
  }

  /**
   * A session held on {@code date}.
   *
   * @param id the contact's id, unique within the accompaniment
   * @param date the day it took place
   * @param educator the team member who held it
   * @param length how long it lasted, from one minute to {@link #MAX_LENGTH}
   */
  public WorkshopSession(ContactId id, LocalDate date, StaffId educator, Duration length) {
    this(id, date, educator, length, ContactStatus.HELD);
  }

  @Override
  public WorkshopSession withStatus(ContactStatus newStatus) {
    return new WorkshopSession(id, date, educator, length, newStatus);
  }
}
