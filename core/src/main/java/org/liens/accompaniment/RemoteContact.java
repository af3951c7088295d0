package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;

/**
 * A phone call, e-mail, SMS or video call between an educator and the family (R4), held unless its status says
 * otherwise (issue 14).
 *
 * @param id the contact's id, unique within the accompaniment
 * @param date the day it took place, or is planned for
 * @param educator the team member who made it
 * @param channel phone, e-mail, SMS or video
 * @param status planned, held, missed or cancelled
 */
public record RemoteContact(ContactId id, LocalDate date, StaffId educator, RemoteChannel channel, ContactStatus status)
    implements Contact {
  /**
   * Checks the components: {@code id}, {@code educator}, {@code channel} and {@code status} required; {@code date}
   * within the supported date range.
   *
   * @param id the contact's id, unique within the accompaniment
   * @param date the day it took place, or is planned for
   * @param educator the team member who made it
   * @param channel phone, e-mail, SMS or video
   * @param status planned, held, missed or cancelled
   */
  public RemoteContact {
    Checks.required(id, "id");
    date = Checks.date(date, "date"); // one instance per day: contacts share their dates
    Checks.required(educator, "educator");
    Checks.required(channel, "channel");
    Checks.required(status, "status");
  }

  /**
   * A remote contact held on {@code date}.
   *
   * @param id the contact's id, unique within the accompaniment
   * @param date the day it took place
   * @param educator the team member who made it
   * @param channel phone, e-mail, SMS or video
   */
  public RemoteContact(ContactId id, LocalDate date, StaffId educator, RemoteChannel channel) {
    this(id, date, educator, channel, ContactStatus.HELD);
  }

  @Override
  public RemoteContact withStatus(ContactStatus newStatus) {
    return new RemoteContact(id, date, educator, channel, newStatus);
  }
}
