package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.catalog.ContactTargets;
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

  /**
   * Counts the held (and, apart, the missed) contacts dated on or before {@code date} against the targets, at the pace the period has run by then
   * (nothing counted and no time elapsed before the first appointment).
   */
  static Progress measure(LocalDate date, ContactTargets targets, Optional<FollowUp> started) {
    long periodDays = 1;
    long elapsed = 0;
    int homeVisits = 0;
    int remoteContacts = 0;
    int missedVisits = 0;
    int missedRemote = 0;
    if (started.isPresent()) {
      FollowUp followUp = started.get();
      CarePeriod period = followUp.period();
      if (period.endExclusive().isPresent()) {
        periodDays = period.days();
        elapsed = period.elapsedDays(date);
      }
      homeVisits = followUp.countUpTo(ContactKind.HOME_VISIT, date);
      remoteContacts = followUp.countUpTo(ContactKind.REMOTE_CONTACT, date);
      missedVisits = followUp.missedUpTo(ContactKind.HOME_VISIT, date);
      missedRemote = followUp.missedUpTo(ContactKind.REMOTE_CONTACT, date);
    }
    return new Progress(date,
        ContactProgress.of(homeVisits, missedVisits, targets.homeVisits(), elapsed, periodDays),
        ContactProgress.of(remoteContacts, missedRemote, targets.remoteContacts(), elapsed, periodDays));
  }
}
