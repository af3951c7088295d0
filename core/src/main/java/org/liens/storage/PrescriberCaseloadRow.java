package org.liens.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.CarePeriod;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.ContactKind;
import org.liens.accompaniment.Progress;
import org.liens.catalog.ContactTargets;
import org.liens.catalog.OfferCode;
import org.liens.document.ActionReport;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.referral.ReferralId;
import org.liens.shared.Checks;
import org.liens.staff.StaffId;

/**
 * One open accompaniment as the prescriber's caseload reads it (R8, issue 13): only what a
 * {@code PrescriberView} and the access gate need, so that an adapter answers the prescriber's screen without
 * assembling whole accompaniments (no household member, consent history, planned visits, DIA or E.M.T map, and the
 * contacts counted rather than listed). {@link #of(Accompaniment, LocalDate)} is the reference every adapter's
 * {@link Accompaniments#prescriberCaseload} answers alike.
 *
 * @param id the accompaniment
 * @param household the household, for the access gate and the audit entry (never shown to the prescriber)
 * @param referral the referral whose validation opened it
 * @param offer the offer's code
 * @param targets the contact targets of the offer as it was copied at opening; empty for an offer without (ARCS)
 * @param status where it stands
 * @param openedOn the validation date
 * @param period the period, once the first appointment was fixed
 * @param endedOn when it ended, if it did
 * @param team the staff ids of the educators, in the team's order
 * @param prescriber the prescriber, for the access gate
 * @param funder who pays, for the access gate
 * @param sharesWithPrescriber whether the family's consent to share its progress with the prescriber is in force
 * @param contacts the home visits and remote contacts held and missed up to a date
 * @param actionReport the action report, once written
 */
public record PrescriberCaseloadRow(
    AccompanimentId id, HouseholdId household, ReferralId referral, OfferCode offer, Optional<ContactTargets> targets,
    AccompanimentStatus status, LocalDate openedOn, Optional<CarePeriod> period, Optional<LocalDate> endedOn,
    List<StaffId> team, Optional<OrganisationId> prescriber, OrganisationId funder, boolean sharesWithPrescriber,
    ContactCounts contacts, Optional<ActionReport> actionReport) {

  /**
   * Checks the components: every one required, the optionals never null, {@code team} copied.
   *
   * @param id the accompaniment
   * @param household the household
   * @param referral the referral whose validation opened it
   * @param offer the offer's code
   * @param targets the contact targets of the offer; empty for an offer without
   * @param status where it stands
   * @param openedOn the validation date
   * @param period the period, once the first appointment was fixed
   * @param endedOn when it ended, if it did
   * @param team the staff ids of the educators
   * @param prescriber the prescriber
   * @param funder who pays
   * @param sharesWithPrescriber whether the sharing consent is in force
   * @param contacts the contacts counted up to a date
   * @param actionReport the action report, once written
   */
  public PrescriberCaseloadRow {
    Checks.required(id, "id");
    Checks.required(household, "household");
    Checks.required(referral, "referral");
    Checks.required(offer, "offer");
    Checks.optional(targets, "targets");
    Checks.required(status, "status");
    Checks.required(openedOn, "openedOn");
    Checks.optional(period, "period");
    Checks.optional(endedOn, "endedOn");
    team = Checks.listOf(team, "team");
    Checks.optional(prescriber, "prescriber");
    Checks.required(funder, "funder");
    Checks.required(contacts, "contacts");
    Checks.optional(actionReport, "actionReport");
  }

  /**
   * The home visits and remote contacts of an accompaniment dated on or before {@code asOf}, held and (apart) missed:
   * what its progress counts (R4, issue 14). Planned and cancelled contacts, and workshop sessions, are not counted.
   *
   * @param asOf the date counted up to, included
   * @param homeVisits held home visits
   * @param missedHomeVisits missed home visits
   * @param remoteContacts held remote contacts
   * @param missedRemoteContacts missed remote contacts
   */
  public record ContactCounts(LocalDate asOf, int homeVisits, int missedHomeVisits, int remoteContacts,
      int missedRemoteContacts) {
    /**
     * Checks the components: {@code asOf} required, the counts zero or more.
     *
     * @param asOf the date counted up to, included
     * @param homeVisits held home visits
     * @param missedHomeVisits missed home visits
     * @param remoteContacts held remote contacts
     * @param missedRemoteContacts missed remote contacts
     */
    public ContactCounts {
      Checks.required(asOf, "asOf");
      Checks.notNegative(homeVisits, "homeVisits");
      Checks.notNegative(missedHomeVisits, "missedHomeVisits");
      Checks.notNegative(remoteContacts, "remoteContacts");
      Checks.notNegative(missedRemoteContacts, "missedRemoteContacts");
    }

    /**
     * {@return the counts of {@code contacts} dated on or before {@code asOf}}
     *
     * @param contacts an accompaniment's contacts
     * @param asOf the date counted up to, included
     */
    public static ContactCounts of(List<Contact> contacts, LocalDate asOf) {
      Checks.required(asOf, "asOf");
      int[] counts = new int[4];
      for (Contact c : contacts) {
        if (c.date().isAfter(asOf)
            || c.kind() != ContactKind.HOME_VISIT && c.kind() != ContactKind.REMOTE_CONTACT) {
          continue;
        }
        int kind = c.kind() == ContactKind.HOME_VISIT ? 0 : 2;
        if (c.status().held()) {
          counts[kind]++;
        } else if (c.status().missed()) {
          counts[kind + 1]++;
        }
      }
      return new ContactCounts(asOf, counts[0], counts[1], counts[2], counts[3]);
    }
  }

  /**
   * {@return the row of {@code accompaniment}, its contacts counted up to {@code asOf}}: the reference an adapter's
   * own query must equal
   *
   * @param accompaniment the accompaniment, as stored
   * @param asOf the date its contacts are counted up to, included (today, from the clock)
   */
  public static PrescriberCaseloadRow of(Accompaniment accompaniment, LocalDate asOf) {
    return new PrescriberCaseloadRow(accompaniment.id(), accompaniment.household(), accompaniment.referral(),
        accompaniment.offer().code(), accompaniment.offer().contactTargets(), accompaniment.status(),
        accompaniment.openedOn(), accompaniment.period(), accompaniment.endedOn(), accompaniment.team(),
        accompaniment.prescriber(), accompaniment.funder(), accompaniment.sharesProgressWithPrescriber(),
        ContactCounts.of(accompaniment.contacts(), asOf), accompaniment.actionReport());
  }

  /** {@return the last day of the period, once the first appointment was fixed} */
  public Optional<LocalDate> lastDay() {
    return period.flatMap(CarePeriod::lastDay);
  }

  /** {@return the progress against the targets at the date the contacts were counted up to; empty without targets} */
  public Optional<Progress> progress() {
    return targets.map(t -> period.isEmpty() ? Progress.beforeStart(contacts.asOf(), t)
        : Progress.of(contacts.asOf(), t, period.get(), contacts.homeVisits(), contacts.missedHomeVisits(),
            contacts.remoteContacts(), contacts.missedRemoteContacts()));
  }

  /** {@return where the row stands in the caseload order, for the next page} */
  public CaseloadCursor cursor() {
    return new CaseloadCursor(openedOn, id.value());
  }

  @Override
  public String toString() {
    return "PrescriberCaseloadRow[id=" + id + ", offer=" + offer + ", status=" + status + ", openedOn=" + openedOn
        + "]";
  }
}
