package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;

/** A phone call, e-mail, SMS or video call between an educator and the family (R4). */
public record RemoteContact(ContactId id, LocalDate date, StaffId educator, RemoteChannel channel) implements Contact {
  public RemoteContact {
    Checks.required(id, "id");
    Checks.date(date, "date");
    Checks.required(educator, "educator");
    Checks.required(channel, "channel");
  }
}
