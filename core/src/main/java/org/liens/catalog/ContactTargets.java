package org.liens.catalog;

import org.liens.shared.Checks;

/**
 * The expected contacts of an accompaniment over its whole duration (R4). MIP and MAPA: 6–7 home visits and 4–5
 * remote contacts; MADI: 9–12 home visits and 8–10 remote contacts.
 *
 * @param homeVisits visites à domicile (VAD)
 * @param remoteContacts phone calls, e-mails, SMS, video calls
 */
public record ContactTargets(TargetRange homeVisits, TargetRange remoteContacts) {
  /**
   * Checks the components: {@code homeVisits} and {@code remoteContacts} required.
   *
   * @param homeVisits visites à domicile (VAD)
   * @param remoteContacts phone calls, e-mails, SMS, video calls
   */
  public ContactTargets {
    Checks.required(homeVisits, "homeVisits");
    Checks.required(remoteContacts, "remoteContacts");
  }

  /**
   * {@return the targets of an offer over a whole accompaniment}
   *
   * @param homeVisits the home visits expected
   * @param remoteContacts the remote contacts expected
   */
  public static ContactTargets of(TargetRange homeVisits, TargetRange remoteContacts) {
    return new ContactTargets(homeVisits, remoteContacts);
  }
}
