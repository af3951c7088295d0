package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;

/** A phone call, e-mail, SMS or video call between an educator and the family (R4). */
public record RemoteContact(ContactId id, LocalDate date, StaffId educator, RemoteChannel channel) implements Contact {
  /**
   * Checks the components: {@code id}, {@code educator} and {@code channel} required; {@code date} within the
   * supported date range.
   *
   * @param id the contact's id, unique within the accompaniment
   * @param date the day it took place
   * @param educator the team member who held it
   * @param channel phone, e-mail, SMS or video
   */
  public RemoteContact {
    Checks.required(id, "id");
    Checks.date(date, "date");
    Checks.required(educator, "educator");
    Checks.required(channel, "channel");
  }
}
