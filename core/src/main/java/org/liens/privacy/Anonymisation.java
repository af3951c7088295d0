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
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralSource;
import org.liens.shared.Checks;
import org.liens.shared.PersonName;

/**
 * Rewrites a household and everything that names or describes its people so that only what the published figures
 * need remains (R11): the number of parents, children, caregivers and cared-for persons, the single-parent flag, the
 * employment situation, the poverty-line flag, the relationships, and on referrals and accompaniments every offer,
 * status, date, count, team and id. Removed: every name (replaced by a placeholder such as "Anonyme Parent 1"),
 * the day and month of each birth date (kept: the year, as 1 January), school grades, health conditions, the
 * territory, and every free text (needs assessment, rejection and cancellation reasons, DIA actions, E.M.T map,
 * action report conclusions), each replaced by {@link #REMOVED}.
 *
 * <p>Idempotent: anonymising what it returned returns it unchanged, so "already anonymised" is "anonymising changes
 * nothing". Built from the household's profile, so that the same person gets the same placeholder in the profile,
 * in a consent and in a document.
 */
public final class Anonymisation {
  /** What replaces every free text. */
  public static final String REMOVED = "[anonymisé]";
  /** The given name of every placeholder. */
  public static final String GIVEN = "Anonyme";
  /** The placeholder of a person named in a referral or a document but not in the household's profile. */
  public static final PersonName SOMEONE = PersonName.of(GIVEN, "Personne");
  /** The placeholder of a referral's field worker. */
  public static final PersonName FIELD_WORKER = PersonName.of(GIVEN, "Travailleur social");

  private final Map<PersonName, PersonName> names = new HashMap<>();
  private final HouseholdProfile profile;

  private Anonymisation(HouseholdProfile original) {
    List<Parent> parents = new ArrayList<>();
    for (Parent parent : original.parents()) {
      parents.add(new Parent(placeholder(parent.name(), "Parent " + (parents.size() + 1))));
    }
    List<Caregiver> caregivers = new ArrayList<>();
    int caredFor = 0;
    for (Caregiver caregiver : original.caregivers()) {
      List<CaredForPerson> persons = new ArrayList<>();
      for (CaredForPerson person : caregiver.caresFor()) {
        persons.add(new CaredForPerson(
            placeholder(person.name(), "Aidé " + ++caredFor), person.relationship(), Set.of()));
      }
      caregivers.add(new Caregiver(placeholder(caregiver.name(), "Aidant " + (caregivers.size() + 1)), persons));
    }
    List<Child> children = new ArrayList<>();
    for (Child child : original.children()) {
      children.add(new Child(placeholder(child.name(), "Enfant " + (children.size() + 1)),
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
   * {@return the referral without names nor free texts: consent by placeholders, assessment and rejection reason
   * {@link #REMOVED}, field worker {@link #FIELD_WORKER}}
   *
   * @param referral a referral of the household
   */
  public Referral referral(Referral referral) {
    Checks.required(referral, "referral");
    ReferralSource source = referral.source();
    return Referral.builder().from(referral)
        .source(new ReferralSource(source.channel(), source.prescriber(), source.fieldWorker().map(n -> FIELD_WORKER)))
        .consent(referral.consent().map(c -> new Consent(names(c.givenBy()), c.givenOn())))
        .assessment(referral.assessment().map(a -> new NeedsAssessment(a.assessedOn(), REMOVED)))
        .rejectionReason(referral.rejectionReason().map(r -> REMOVED))
        .build();
  }

  /**
   * {@return the accompaniment without names nor free texts: its documents' holders and addressees by placeholders,
   * their texts {@link #REMOVED} (as many entries as before), the cancellation reason {@link #REMOVED}}
   *
   * @param accompaniment an accompaniment of the household
   */
  public Accompaniment accompaniment(Accompaniment accompaniment) {
    Checks.required(accompaniment, "accompaniment");
    Lifecycle lifecycle = accompaniment.lifecycle();
    Lifecycle rewritten = lifecycle instanceof Lifecycle.Active a ? new Lifecycle.Active(followUp(a.followUp()))
        : lifecycle instanceof Lifecycle.Closed c ? new Lifecycle.Closed(followUp(c.followUp()), c.on())
        : lifecycle instanceof Lifecycle.Cancelled c
            ? new Lifecycle.Cancelled(c.started().map(this::followUp), c.on(), REMOVED)
        : lifecycle instanceof Lifecycle.Succeeded s
            ? new Lifecycle.Succeeded(s.started().map(this::followUp), s.on(), s.successor())
        : lifecycle;
    Accompaniment a = accompaniment;
    return new Accompaniment(a.id(), a.version(), a.household(), a.referral(), a.offer(), a.prescriber(), a.funder(),
        a.agreement(), a.referredOn(), a.openedOn(), a.endDateConvention(), a.team(), a.predecessor(), rewritten);
  }

  private FollowUp followUp(FollowUp followUp) {
    Documents d = followUp.documents();
    Documents documents = new Documents(
        d.supportPlan().map(p -> new SupportPlan(names(p.holders()), p.writtenOn(), removed(p.actions()))),
        d.emtMap().map(m -> new EmtMap(m.drawnOn(), removed(m.stakes()), removed(m.missions()), removed(m.work()))),
        d.actionReport().map(r -> new ActionReport(
            r.writtenOn(), names(r.addressedTo()), r.copiesTo(), r.contacts(), REMOVED)));
    return new FollowUp(followUp.period(), followUp.tariff(), followUp.contacts(), followUp.plannedVisits(), documents);
  }

  private PersonName placeholder(PersonName original, String family) {
    return names.computeIfAbsent(original, n -> PersonName.of(GIVEN, family));
  }

  private List<PersonName> names(List<PersonName> original) {
    return original.stream().map(n -> names.getOrDefault(n, SOMEONE)).toList();
  }

  private static List<String> removed(List<String> texts) {
    return texts.stream().map(t -> REMOVED).toList();
  }
}
