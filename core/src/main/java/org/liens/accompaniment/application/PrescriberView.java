package org.liens.accompaniment.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.CarePeriod;
import org.liens.accompaniment.Progress;
import org.liens.catalog.OfferCode;
import org.liens.document.ActionReport;
import org.liens.document.ContactSummary;
import org.liens.organisation.OrganisationId;
import org.liens.referral.ReferralId;
import org.liens.staff.StaffId;
import org.liens.storage.PrescriberCaseloadRow;

/**
 * What a prescriber receives about an accompaniment it referred (R8, issue 9): the offer, where it stands, its
 * dates, the team's staff ids, progress against the targets and the copy of the action report addressed to it. The
 * type holds nothing else: no household member, no needs assessment, no DIA, no E.M.T map, no contact notes, no
 * health condition can reach a prescriber through it.
 *
 * @param accompaniment the accompaniment
 * @param referral the referral the prescriber sent
 * @param offer the offer
 * @param status where it stands
 * @param openedOn the validation date
 * @param firstAppointment the first appointment, once fixed
 * @param lastDay the last day of the period, once fixed
 * @param endedOn when it ended, if it did
 * @param team the staff ids of the educators
 * @param progress contacts against targets on the day it was read
 * @param report the action report's copy to the prescriber, once written
 */
public record PrescriberView(
    AccompanimentId accompaniment, ReferralId referral, OfferCode offer, AccompanimentStatus status,
    LocalDate openedOn, Optional<LocalDate> firstAppointment, Optional<LocalDate> lastDay, Optional<LocalDate> endedOn,
    List<StaffId> team, Optional<Progress> progress, Optional<ReportCopy> report) {

  /**
   * The copy of the action report sent to the prescriber (R8): its date, the contacts against the targets and the
   * conclusions, without the names of the parents it is addressed to.
   *
   * @param writtenOn when it was written
   * @param contacts the contacts done against the targets
   * @param conclusions the educator's conclusions, as sent to the prescriber
   */
  public record ReportCopy(LocalDate writtenOn, ContactSummary contacts, String conclusions) {
    @Override
    public String toString() {
      return "ReportCopy[writtenOn=" + writtenOn + ", contacts=" + contacts + "]";
    }
  }

  /**
   * {@return whether the prescriber may see {@code accompaniment} at all}: the one spot every prescriber view and
   * the prescriber's caseload pass through.
   *
   * @param accompaniment the accompaniment, as stored
   */
  static boolean shared(Accompaniment accompaniment) {
    // revoking the sharing consent hides the accompaniment from the prescriber at once (R8, issue 9 item 4)
    return accompaniment.prescriber().isPresent() && accompaniment.sharesProgressWithPrescriber();
  }

  /**
   * {@return whether the prescriber may see the accompaniment of {@code row}}: the same rule as
   * {@link #shared(Accompaniment)}, on the row the prescriber's caseload reads.
   *
   * @param row the accompaniment's row, as stored
   */
  static boolean shared(PrescriberCaseloadRow row) {
    return row.prescriber().isPresent() && row.sharesWithPrescriber();
  }

  /**
   * {@return the view of the accompaniment of {@code row} for {@code prescriber}, progress as of the date its
   * contacts were counted up to}: the same view as {@link #of(Accompaniment, OrganisationId, LocalDate)} gives for
   * the whole accompaniment and that date (issue 13: the caseload builds its views from rows, not aggregates)
   *
   * @param row the accompaniment's row, as the prescriber's caseload reads it
   * @param prescriber the organisation the view is for: the report copy is there only if it is addressed to it
   */
  public static PrescriberView of(PrescriberCaseloadRow row, OrganisationId prescriber) {
    Optional<ActionReport> report = row.actionReport().filter(r -> r.copiesTo().contains(prescriber));
    return new PrescriberView(row.id(), row.referral(), row.offer(), row.status(), row.openedOn(),
        row.period().map(CarePeriod::start), row.lastDay(), row.endedOn(), row.team(), row.progress(),
        report.map(r -> new ReportCopy(r.writtenOn(), r.contacts(), r.conclusions())));
  }

  /**
   * {@return the view of {@code accompaniment} for {@code prescriber}, progress as of {@code today}}
   *
   * @param accompaniment the accompaniment, as stored
   * @param prescriber the organisation the view is for: the report copy is there only if it is addressed to it
   * @param today the current date, from the clock
   */
  public static PrescriberView of(Accompaniment accompaniment, OrganisationId prescriber, LocalDate today) {
    Optional<ActionReport> report = accompaniment.actionReport().filter(r -> r.copiesTo().contains(prescriber));
    return new PrescriberView(
        accompaniment.id(),
        accompaniment.referral(),
        accompaniment.offer().code(),
        accompaniment.status(),
        accompaniment.openedOn(),
        accompaniment.period().map(CarePeriod::start),
        accompaniment.lastDay(),
        accompaniment.endedOn(),
        accompaniment.team(),
        accompaniment.progressAt(today),
        report.map(r -> new ReportCopy(r.writtenOn(), r.contacts(), r.conclusions())));
  }
}
