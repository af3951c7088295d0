package org.liens.privacy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.audit.AuditEntry;
import org.liens.household.CaredForPerson;
import org.liens.household.Caregiver;
import org.liens.household.Child;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.orientation.Orientation;
import org.liens.referral.ConsentEntry;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.shared.ErrorCode;
import org.liens.shared.PersonName;
import org.liens.shared.NotFoundException;

/**
 * Everything Liens holds about one person of a household, as the JSON document of {@link PrivacyService#export(
 * org.liens.access.Actor, HouseholdId, PersonId)} (right of access, GDPR art. 15): the person as the household lists
 * them (as a parent, a child, a caregiver, a person cared for), the consents they gave, the documents written in their
 * name or addressed to them, their orientations to partner services, the audit entries that name them, and the
 * state history of their household's referrals and accompaniments (issue 14). The other members of the household
 * are not in it:
 * their data is theirs. Written with {@code org.liens.json.LiensJson}; {@link #FORMAT} names the shape.
 *
 * @param format the document's format, {@link #FORMAT}
 * @param exportedAt when it was exported, by the injected clock
 * @param household the household the person belongs to
 * @param person the person's id
 * @param asParent the person as a parent, if they are one
 * @param asChild the person as a child, if they are one
 * @param asCaregiver the person as a family caregiver, with the ids of whom they care for (their data is theirs)
 * @param asCaredFor the person as someone a caregiver of the household cares for, if they are one
 * @param referralConsents the referrals whose consent they gave
 * @param accompanimentConsents the consent entries of accompaniments that they gave or revoked
 * @param supportPlans the accompaniments whose DIA is written in their name
 * @param actionReports the accompaniments whose action report is addressed to them
 * @param auditEntries the audit entries that name them
 * @param histories the state history of each referral and accompaniment of the person's household, the file they
 *     are part of (issue 14): dates, pseudonymous actors, states and coded reasons only
 * @param orientations the orientations to partner services of the person, or whose sharing they consented to
 *     (issue 16)
 */
public record PersonExport(
    String format, Instant exportedAt, HouseholdId household, PersonId person, Optional<Parent> asParent,
    Optional<Child> asChild, Optional<CaregiverEntry> asCaregiver, Optional<CaredForPerson> asCaredFor,
    List<ReferralConsent> referralConsents, List<AccompanimentConsent> accompanimentConsents,
    List<AccompanimentId> supportPlans, List<AccompanimentId> actionReports, List<AuditEntry> auditEntries,
    List<ExportedHistory> histories, List<Orientation> orientations) {
  /** The name and version of this document's shape. */
  public static final String FORMAT = "liens-person-export/2";

  /**
   * The person as a family caregiver: who cares for whom, by id; the health of the people cared for is theirs.
   *
   * @param id the caregiver's id
   * @param name the caregiver's name
   * @param caresFor the ids of the people they care for
   */
  public record CaregiverEntry(PersonId id, PersonName name, List<PersonId> caresFor) {
    static CaregiverEntry of(Caregiver caregiver) {
      return new CaregiverEntry(caregiver.id(), caregiver.name(),
          caregiver.caresFor().stream().map(CaredForPerson::id).toList());
    }
  }

  /**
   * A consent the person gave to a referral.
   *
   * @param referral the referral
   * @param givenOn when the consent was given
   */
  public record ReferralConsent(ReferralId referral, LocalDate givenOn) {}

  /**
   * A change of an accompaniment's consents the person took part in.
   *
   * @param accompaniment the accompaniment
   * @param entry the entry of its consent history
   */
  public record AccompanimentConsent(AccompanimentId accompaniment, ConsentEntry entry) {}

  static PersonExport of(Instant at, Household household, PersonId person, List<Referral> referrals,
      List<Accompaniment> accompaniments, List<AuditEntry> audit, List<ExportedHistory> histories,
      List<Orientation> orientations) {
    var profile = household.profile();
    if (!profile.personIds().contains(person)) {
      throw new NotFoundException(ErrorCode.NOT_FOUND, "no such person in this household");
    }
    List<AccompanimentConsent> consents = new ArrayList<>();
    for (Accompaniment a : accompaniments) {
      a.consents().entries().stream().filter(e -> e.by().contains(person))
          .forEach(e -> consents.add(new AccompanimentConsent(a.id(), e)));
    }
    return new PersonExport(FORMAT, at, household.id(), person,
        profile.parents().stream().filter(p -> p.id().equals(person)).findFirst(),
        profile.children().stream().filter(c -> c.id().equals(person)).findFirst(),
        profile.caregivers().stream().filter(c -> c.id().equals(person)).findFirst().map(CaregiverEntry::of),
        profile.caregivers().stream().flatMap(c -> c.caresFor().stream()).filter(c -> c.id().equals(person))
            .findFirst(),
        referrals.stream().flatMap(r -> r.consent().filter(c -> c.givenBy().contains(person))
            .map(c -> new ReferralConsent(r.id(), c.givenOn())).stream()).toList(),
        List.copyOf(consents),
        accompaniments.stream().filter(a -> a.supportPlan().filter(p -> p.holders().contains(person)).isPresent())
            .map(Accompaniment::id).toList(),
        accompaniments.stream().filter(a -> a.actionReport().filter(r -> r.addressedTo().contains(person))
            .isPresent()).map(Accompaniment::id).toList(),
        List.copyOf(audit), List.copyOf(histories),
        orientations.stream().filter(o -> o.person().equals(person) || o.consent().givenBy().equals(person)).toList());
  }
}
