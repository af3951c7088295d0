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
    if (started.isEmpty()) {
      return beforeStart(date, targets);
    }
    FollowUp followUp = started.get();
    return of(date, targets, followUp.period(),
        followUp.countUpTo(ContactKind.HOME_VISIT, date), followUp.missedUpTo(ContactKind.HOME_VISIT, date),
        followUp.countUpTo(ContactKind.REMOTE_CONTACT, date), followUp.missedUpTo(ContactKind.REMOTE_CONTACT, date));
  }

  /**
   * {@return the progress at {@code asOf} of an accompaniment not started yet}: nothing counted, no time elapsed, the
   * same as {@link Accompaniment#progressAt} before the first appointment
   *
   * @param asOf the date the progress is computed at
   * @param targets the offer's contact targets (R4)
   */
  public static Progress beforeStart(LocalDate asOf, ContactTargets targets) {
    Checks.required(asOf, "asOf");
    Checks.required(targets, "targets");
    return new Progress(asOf, ContactProgress.of(0, targets.homeVisits(), 0, 1),
        ContactProgress.of(0, targets.remoteContacts(), 0, 1));
  }

  /**
   * {@return the progress at {@code asOf} over {@code period} of contacts counted elsewhere (a storage query made for
   * the prescriber's caseload, issue 13), the same as {@link Accompaniment#progressAt} for the same counts}: the
   * pace of the period (no time elapsed for a period without an end)
   *
   * @param asOf the date the contacts were counted up to, included
   * @param targets the offer's contact targets (R4)
   * @param period the period the first appointment opened
   * @param homeVisits held home visits dated on or before {@code asOf}
   * @param missedHomeVisits missed home visits dated on or before {@code asOf}
   * @param remoteContacts held remote contacts dated on or before {@code asOf}
   * @param missedRemoteContacts missed remote contacts dated on or before {@code asOf}
   */
  public static Progress of(LocalDate asOf, ContactTargets targets, CarePeriod period, int homeVisits,
      int missedHomeVisits, int remoteContacts, int missedRemoteContacts) {
    Checks.required(asOf, "asOf");
    Checks.required(targets, "targets");
    Checks.required(period, "period");
    long periodDays = 1;
    long elapsed = 0;
    if (period.endExclusive().isPresent()) {
      periodDays = period.days();
      elapsed = period.elapsedDays(asOf);
    }
    return new Progress(asOf,
        ContactProgress.of(homeVisits, missedHomeVisits, targets.homeVisits(), elapsed, periodDays),
        ContactProgress.of(remoteContacts, missedRemoteContacts, targets.remoteContacts(), elapsed, periodDays));
  }
}
