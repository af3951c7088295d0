package org.liens.privacy.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactKind;
import org.liens.accompaniment.ContactStatus;
import org.liens.accompaniment.RemoteChannel;
import org.liens.accompaniment.RemoteContact;
import org.liens.accompaniment.WorkshopSession;
import org.liens.agreement.AgreementId;
import org.liens.audit.AuditEntry;
import org.liens.document.ActionReport;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.organisation.OrganisationId;
import org.liens.orientation.Orientation;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralSource;
import org.liens.referral.ReferralStatus;
import org.liens.staff.StaffId;

/**
 * Everything Liens holds about one household, as the JSON document of {@link PrivacyService#export} (right of access,
 * GDPR art. 15): the profile, every referral, every accompaniment with its contacts and documents, and the audit
 * entries that name the household. Written with {@code org.liens.json.LiensJson}; {@link #FORMAT} names the shape.
 *
 * @param format the document's format, {@link #FORMAT}
 * @param exportedAt when it was exported, by the injected clock
 * @param household the household's id
 * @param version the household's version
 * @param profile the people and the fields of the published figures
 * @param referrals every referral of the household, oldest first
 * @param accompaniments every accompaniment of the household, by opening date
 * @param auditEntries the audit entries that name the household
 * @param histories the state history of each referral and accompaniment (issue 14)
 * @param orientations every orientation of the household's members to partner services, by day of proposal (issue 16)
 */
public record HouseholdExport(
    String format, Instant exportedAt, HouseholdId household, long version, HouseholdProfile profile,
    List<ReferralData> referrals, List<AccompanimentData> accompaniments, List<AuditEntry> auditEntries,
    List<ExportedHistory> histories, List<Orientation> orientations) {
  /** The name and version of this document's shape. */
  public static final String FORMAT = "liens-household-export/2";

  static HouseholdExport of(Instant at, Household household, List<Referral> referrals,
      List<Accompaniment> accompaniments, List<AuditEntry> audit, List<ExportedHistory> histories,
      List<Orientation> orientations) {
    return new HouseholdExport(FORMAT, at, household.id(), household.version(), household.profile(),
        referrals.stream().map(ReferralData::of).toList(), accompaniments.stream().map(AccompanimentData::of).toList(),
        List.copyOf(audit), List.copyOf(histories), List.copyOf(orientations));
  }

  /**
   * A referral as exported.
   *
   * @param id its id
   * @param offer the offer requested
   * @param source who referred
   * @param funder who pays
   * @param reasons why
   * @param receivedOn when it was received
   * @param status where it stands
   * @param consent the consent recorded
   * @param assessment the needs assessment
   * @param decidedOn when it was validated or rejected
   * @param rejectionReason why it was rejected
   * @param accompaniment the accompaniment opened by its validation
   */
  public record ReferralData(
      ReferralId id, String offer, ReferralSource source, OrganisationId funder, List<ReferralReason> reasons,
      LocalDate receivedOn, ReferralStatus status, Optional<Consent> consent, Optional<NeedsAssessment> assessment,
      Optional<LocalDate> decidedOn, Optional<String> rejectionReason, Optional<AccompanimentId> accompaniment) {
    static ReferralData of(Referral r) {
      return new ReferralData(r.id(), r.offer().value(), r.source(), r.funder(), r.reasons().stream().sorted().toList(),
          r.receivedOn(), r.status(), r.consent(), r.assessment(), r.decidedOn(), r.rejectionReason(),
          r.accompaniment());
    }
  }

  /**
   * An accompaniment as exported.
   *
   * @param id its id
   * @param offer the offer's code
   * @param status where it stands
   * @param prescriber who prescribed it
   * @param funder who pays
   * @param agreement the funding agreement of its place
   * @param openedOn when it was validated
   * @param periodStart the first appointment
   * @param lastDay the last day of the period
   * @param endedOn when it ended
   * @param cancellationReason why it was cancelled
   * @param team the educators
   * @param predecessor the MIP it succeeds
   * @param successor the MADI that succeeded it
   * @param contacts every contact
   * @param supportPlan the DIA
   * @param emtMap the E.M.T map
   * @param actionReport the action report
   */
  public record AccompanimentData(
      AccompanimentId id, String offer, String status, Optional<OrganisationId> prescriber, OrganisationId funder,
      Optional<AgreementId> agreement, LocalDate openedOn, Optional<LocalDate> periodStart,
      Optional<LocalDate> lastDay, Optional<LocalDate> endedOn, Optional<String> cancellationReason,
      List<StaffId> team, Optional<AccompanimentId> predecessor, Optional<AccompanimentId> successor,
      List<ContactData> contacts, Optional<SupportPlan> supportPlan, Optional<EmtMap> emtMap,
      Optional<ActionReport> actionReport) {
    static AccompanimentData of(Accompaniment a) {
      return new AccompanimentData(a.id(), a.offer().code().value(), a.status().name(), a.prescriber(), a.funder(),
          a.agreement(), a.openedOn(), a.period().map(p -> p.start()), a.lastDay(), a.endedOn(),
          a.cancellationReason(), a.team(), a.predecessor(), a.successor(),
          a.contacts().stream().map(ContactData::of).toList(), a.supportPlan(), a.emtMap(), a.actionReport());
    }
  }

  /**
   * A contact as exported.
   *
   * @param id its id
   * @param kind home visit, remote contact or workshop session
   * @param date when it took place, or was planned for
   * @param educator who made it
   * @param channel the channel of a remote contact
   * @param length the length of a workshop session
   * @param status planned, held, missed (and by whom) or cancelled
   */
  public record ContactData(
      ContactId id, ContactKind kind, LocalDate date, StaffId educator, Optional<RemoteChannel> channel,
      Optional<Duration> length, ContactStatus status) {
    static ContactData of(Contact c) {
      return new ContactData(c.id(), c.kind(), c.date(), c.educator(),
          c instanceof RemoteContact r ? Optional.of(r.channel()) : Optional.empty(),
          c instanceof WorkshopSession w ? Optional.of(w.length()) : Optional.empty(), c.status());
    }
  }
}
