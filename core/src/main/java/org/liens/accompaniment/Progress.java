package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.shared.Checks;

/**
 * An accompaniment's home visits and remote contacts against its targets at a date (R4).
 *
 * @param asOf the date the progress is computed at
 * @param homeVisits home visits (VAD)
 * @param remoteContacts phone calls, e-mails, SMS, video calls
 */
public record Progress(LocalDate asOf, ContactProgress homeVisits, ContactProgress remoteContacts) {
  /**
   * Checks the components: {@code asOf}, {@code homeVisits} and {@code remoteContacts} required.
   *
   * @param asOf the date the progress is computed at
   * @param homeVisits home visits (VAD)
   * @param remoteContacts phone calls, e-mails, SMS, video calls
   */
  public Progress {
    Checks.required(asOf, "asOf");
    Checks.required(homeVisits, "homeVisits");
    Checks.required(remoteContacts, "remoteContacts");
  }
}
