package org.liens.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.Documents;
import org.liens.accompaniment.FollowUp;
import org.liens.accompaniment.Lifecycle;
import org.liens.document.ActionReport;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.household.CaredForPerson;
import org.liens.household.Caregiver;
import org.liens.household.Child;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralSource;
import org.liens.shared.Checks;
import org.liens.shared.PersonName;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationOutcome;

/**
 * Rewrites a household and everything that names or describes its people so that only what the published figures
 * need remains (R11): the number of parents, children, caregivers and cared-for persons, the single-parent flag, the
 * employment situation, the poverty-line flag, the relationships, and on referrals and accompaniments every offer,
 * status, date, count, team and id. Removed: every name (replaced by a placeholder such as "Anonyme Parent 1"),
 * the day and month of each birth date (kept: the year, as 1 January), school grades, health conditions, the
 * territory, and every free text (needs assessment, rejection and cancellation reasons, DIA actions, E.M.T map,
 * action report conclusions, orientation outcomes), each replaced by {@link #REMOVED}.
 *
 * <p>Idempotent: anonymising what it returned returns it unchanged, so "already anonymised" is "anonymising changes
 * nothing". Person ids stay (consents, DIA holders and report addressees name people by id): one placeholder per
 * id, so a caregiver who is also a parent keeps one name.
 */
public final class Anonymisation {
  /** What replaces every free text. */
  public static final String REMOVED = "[anonymisé]";
  /** The given name of every placeholder. */
  public static final String GIVEN = "Anonyme";
  /** The placeholder of a referral's field worker. */
  public static final PersonName FIELD_WORKER = PersonName.of(GIVEN, "Travailleur social");

  private final Map<PersonId, PersonName> names = new HashMap<>();
  private final HouseholdProfile profile;

  private Anonymisation(HouseholdProfile original) {
    List<Parent> parents = new ArrayList<>();
    for (Parent parent : original.parents()) {
      parents.add(new Parent(parent.id(), placeholder(parent.id(), "Parent " + (parents.size() + 1))));
    }
    List<Caregiver> caregivers = new ArrayList<>();
    int caredFor = 0;
    for (Caregiver caregiver : original.caregivers()) {
      List<CaredForPerson> persons = new ArrayList<>();
      for (CaredForPerson person : caregiver.caresFor()) {
        persons.add(new CaredForPerson(
            person.id(), placeholder(person.id(), "Aidé " + ++caredFor), person.relationship(), Set.of()));
      }
      caregivers.add(new Caregiver(
          caregiver.id(), placeholder(caregiver.id(), "Aidant " + (caregivers.size() + 1)), persons));
    }
    List<Child> children = new ArrayList<>();
    for (Child child : original.children()) {
      children.add(new Child(child.id(), placeholder(child.id(), "Enfant " + (children.size() + 1)),
          LocalDate.of(child.birthDate().getYear(), 1, 1), Optional.empty()));
    }
    this.profile = new HouseholdProfile(parents, original.singleParent(), children, caregivers,
        original.employment(), original.belowPovertyLine(), Optional.empty());
  }

  /**
   * {@return the anonymisation of the household whose profile is {@code profile}}
   *
   * @param profile the household's current profile
   */
  public static Anonymisation of(HouseholdProfile profile) {
    return new Anonymisation(Checks.required(profile, "profile"));
  }

  /** {@return the anonymised profile} */
  public HouseholdProfile profile() {
    return profile;
  }

  /**
   * {@return the referral without names nor free texts: assessment and rejection reason {@link #REMOVED}, field
   * worker {@link #FIELD_WORKER}; the consent names people by id and stays}
   *
   * @param referral a referral of the household
   */
  public Referral referral(Referral referral) {
    Checks.required(referral, "referral");
    ReferralSource source = referral.source();
    return Referral.builder().from(referral)
        .source(new ReferralSource(source.channel(), source.prescriber(), source.fieldWorker().map(n -> FIELD_WORKER)))
        .assessment(referral.assessment().map(a -> new NeedsAssessment(a.assessedOn(), REMOVED)))
        .rejectionReason(referral.rejectionReason().map(r -> REMOVED))
        .build();
  }

  /**
   * {@return the accompaniment without free texts: its documents' texts {@link #REMOVED} (as many entries as
   * before), the cancellation reason {@link #REMOVED}; holders, addressees and consents name people by id and stay}
   *
   * @param accompaniment an accompaniment of the household
   */
  public Accompaniment accompaniment(Accompaniment accompaniment) {
    Checks.required(accompaniment, "accompaniment");
    Lifecycle lifecycle = accompaniment.lifecycle();
    Lifecycle rewritten = lifecycle instanceof Lifecycle.Active a ? new Lifecycle.Active(followUp(a.followUp()))
        : lifecycle instanceof Lifecycle.Closed c ? new Lifecycle.Closed(followUp(c.followUp()), c.on(), c.exitReason())
        : lifecycle instanceof Lifecycle.Cancelled c
            ? new Lifecycle.Cancelled(c.started().map(this::followUp), c.on(), REMOVED, c.exitReason())
        : lifecycle instanceof Lifecycle.Succeeded s
            ? new Lifecycle.Succeeded(s.started().map(this::followUp), s.on(), s.successor())
        : lifecycle;
    Accompaniment a = accompaniment;
    return new Accompaniment(a.id(), a.version(), a.household(), a.referral(), a.offer(), a.prescriber(), a.funder(),
        a.agreement(), a.referredOn(), a.openedOn(), a.endDateConvention(), a.team(), a.predecessor(), a.consents(),
        rewritten);
  }

  /**
   * {@return the orientation without free text: its outcome's words {@link #REMOVED}; the person, the consent (by
   * person id and shared items), the service, the dates, the state, the decline reason (a code of the policy) and
   * whether the person took part stay, for the published figures (issue 16)}
   *
   * @param orientation an orientation of the household
   */
  public Orientation orientation(Orientation orientation) {
    Checks.required(orientation, "orientation");
    Orientation o = orientation;
    return new Orientation(o.id(), o.version(), o.accompaniment(), o.household(), o.person(), o.service(),
        o.orientedBy(), o.consent(), o.proposedOn(), o.expiresOn(), o.state(), o.answeredOn(), o.declineReason(),
        o.outcome().map(r -> new OrientationOutcome(r.tookPart(), REMOVED, r.recordedOn())));
  }

  private FollowUp followUp(FollowUp followUp) {
    Documents d = followUp.documents();
    Documents documents = new Documents(
        d.supportPlan().map(p -> new SupportPlan(p.writtenOn(), p.holders(), removed(p.actions()))),
        d.emtMap().map(m -> new EmtMap(m.drawnOn(), removed(m.stakes()), removed(m.missions()), removed(m.work()))),
        d.actionReport().map(r -> new ActionReport(
            r.writtenOn(), r.addressedTo(), r.copiesTo(), r.contacts(), REMOVED)));
    return new FollowUp(followUp.period(), followUp.tariff(), followUp.contacts(), followUp.plannedVisits(), documents);
  }

  /** One placeholder per person id: a caregiver who is also a parent keeps the parent's. */
  private PersonName placeholder(PersonId person, String family) {
    return names.computeIfAbsent(person, n -> PersonName.of(GIVEN, family));
  }

  private static List<String> removed(List<String> texts) {
    return texts.stream().map(t -> REMOVED).toList();
  }
}
