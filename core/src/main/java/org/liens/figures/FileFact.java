package org.liens.figures;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.ContactKind;
import org.liens.catalog.ContactTargets;
import org.liens.catalog.OfferCode;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralStatus;
import org.liens.shared.Checks;

/**
 * What the published figures know of one file (a referral and, once validated, its accompaniment), as recorded at one
 * revision (issue 12). Ids and dates only, never a name or a free text: storage adapters keep one row per revision with
 * the instant it was recorded, so a report "as known on" a date reads the latest revision recorded by then.
 *
 * @param file the referral the file is (its id is the file's)
 * @param household the household referred
 * @param offer the offer requested (R1)
 * @param prescriber the prescribing organisation; empty for a family's own request
 * @param funder who pays (R10)
 * @param receivedOn when the referral was received: the date that puts a file in a period
 * @param outcome pending, rejected or eligible
 * @param state the accompaniment's status, once validated
 * @param firstAppointment the first appointment, once fixed (R2)
 * @param endedOn when the accompaniment was closed, cancelled or succeeded
 * @param exitReason the code of the reason it ended with
 * @param homeVisits the home visits recorded (R4)
 * @param remoteContacts the remote contacts recorded (R4)
 * @param targets the offer's contact targets (R4), empty for ARCS and before validation
 * @param revision the order of this fact among the file's revisions: the referral's version before validation, then
 *     {@link #ACCOMPANIMENT_REVISIONS} plus the accompaniment's version
 */
public record FileFact(
    ReferralId file, HouseholdId household, OfferCode offer, Optional<OrganisationId> prescriber,
    OrganisationId funder, LocalDate receivedOn, FileOutcome outcome, Optional<AccompanimentStatus> state,
    Optional<LocalDate> firstAppointment, Optional<LocalDate> endedOn, Optional<String> exitReason, int homeVisits,
    int remoteContacts, Optional<ContactTargets> targets, long revision) {
  /** Revisions from an accompaniment start here, above any referral version, so they come after the referral's. */
  public static final long ACCOMPANIMENT_REVISIONS = 1_000_000_000L;

  /**
   * Checks the components: every reference required; counts and revision not negative; an eligible file has a state.
   *
   * @param file the referral the file is
   * @param household the household referred
   * @param offer the offer requested
   * @param prescriber the prescribing organisation
   * @param funder who pays
   * @param receivedOn when the referral was received
   * @param outcome pending, rejected or eligible
   * @param state the accompaniment's status
   * @param firstAppointment the first appointment
   * @param endedOn when the accompaniment ended
   * @param exitReason the code of the reason it ended with
   * @param homeVisits the home visits recorded
   * @param remoteContacts the remote contacts recorded
   * @param targets the offer's contact targets
   * @param revision the order of this fact among the file's revisions
   */
  public FileFact {
    Checks.requiredAll("file, household, offer, prescriber, funder, receivedOn, outcome, state, firstAppointment, "
        + "endedOn, exitReason, targets", file, household, offer, prescriber, funder, receivedOn, outcome, state,
        firstAppointment, endedOn, exitReason, targets);
    Checks.notNegative(homeVisits, "homeVisits");
    Checks.notNegative(remoteContacts, "remoteContacts");
    Checks.check(revision >= 0, "revision must be zero or more");
    Checks.check((outcome == FileOutcome.ELIGIBLE) == state.isPresent(), "an eligible file has a state");
  }

  /**
   * {@return the fact of a referral not validated: pending, rejected or expired}
   *
   * @param referral the referral as saved
   */
  public static FileFact of(Referral referral) {
    FileOutcome outcome = switch (referral.status()) {
      case RECEIVED, ASSESSED -> FileOutcome.PENDING;
      case REJECTED -> FileOutcome.REJECTED;
      case EXPIRED -> FileOutcome.EXPIRED;
      case VALIDATED -> throw new IllegalArgumentException("a validated referral's fact comes from its accompaniment");
    };
    return new FileFact(referral.id(), referral.household(), referral.offer(), referral.source().prescriber(),
        referral.funder(), referral.receivedOn(), outcome, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), 0, 0, Optional.empty(), referral.version());
  }

  /**
   * {@return whether the referral's fact comes from the referral itself (not validated) rather than its accompaniment}
   *
   * @param referral the referral as saved
   */
  public static boolean ownFact(Referral referral) {
    return referral.status() != ReferralStatus.VALIDATED;
  }

  /**
   * {@return the fact of a validated file, from its accompaniment}
   *
   * @param a the accompaniment as saved
   */
  public static FileFact of(Accompaniment a) {
    int home = 0;
    int remote = 0;
    for (Contact contact : a.contacts()) {
      if (!contact.status().held()) {
        continue; // only held contacts count toward the targets (issue 14)
      } else if (contact.kind() == ContactKind.HOME_VISIT) {
        home++;
      } else if (contact.kind() == ContactKind.REMOTE_CONTACT) {
        remote++;
      }
    }
    return new FileFact(a.referral(), a.household(), a.offer().code(), a.prescriber(), a.funder(), a.referredOn(),
        FileOutcome.ELIGIBLE, Optional.of(a.status()), a.period().map(p -> p.start()), a.endedOn(), a.exitReason(),
        home, remote, a.offer().contactTargets(), ACCOMPANIMENT_REVISIONS + a.version());
  }

  /** {@return the days from the referral to the first appointment, once fixed} */
  public Optional<Long> daysToFirstAppointment() {
    return firstAppointment.map(d -> d.toEpochDay() - receivedOn.toEpochDay());
  }

  /** {@return the days from the first appointment to the end, for an accompaniment that started and ended} */
  public Optional<Long> durationDays() {
    return firstAppointment.flatMap(start -> endedOn.map(end -> end.toEpochDay() - start.toEpochDay()));
  }
}
