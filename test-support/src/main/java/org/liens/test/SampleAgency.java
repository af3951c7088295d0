package org.liens.test;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.OfferCode;
import org.liens.household.Caregiver;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.staff.StaffId;
import org.liens.staff.StaffRole;

/**
 * The cast of a story, registered in a {@link Liens}: a prescriber (a CCAS), a funder (a département), the
 * association that runs the offers and one of its educators. Its methods register households and take them
 * through referral, consent, assessment, validation and the first appointment, each in one call, through the
 * public services: everything they create is stored, audited and announced as the host's own calls would be.
 * Immutable; every method runs as the actor it was registered with.
 */
public final class SampleAgency {
  private final Liens liens;
  private final Actor actor;
  private final OrganisationId prescriber;
  private final OrganisationId funder;
  private final OrganisationId employer;
  private final StaffId educator;

  private SampleAgency(Liens liens, Actor actor, OrganisationId prescriber, OrganisationId funder,
      OrganisationId employer, StaffId educator) {
    this.liens = liens;
    this.actor = actor;
    this.prescriber = prescriber;
    this.funder = funder;
    this.employer = employer;
    this.educator = educator;
  }

  /**
   * Registers the prescriber, the funder, the association and its educator (active as an educator and a
   * practitioner from {@link LiensFixtures#STAFF_ACTIVE_FROM} on).
   *
   * @param liens the library the story runs in
   * @param actor who registers them and runs every later call, e.g. {@link LiensFixtures#COORDINATOR}
   * @return the agency
   */
  public static SampleAgency register(Liens liens, Actor actor) {
    Objects.requireNonNull(liens, "liens");
    Objects.requireNonNull(actor, "actor");
    OrganisationId prescriber = liens.organisations().register(actor, "CCAS d'Uzès", OrganisationKind.CCAS).id();
    OrganisationId funder = liens.organisations().register(actor, "Département du Gard",
        OrganisationKind.DEPARTEMENT).id();
    OrganisationId employer = liens.organisations().register(actor, "Au bonheur des liens",
        OrganisationKind.ASSOCIATION).id();
    StaffId educator = liens.staff().register(actor, employer, Set.of(StaffRole.EDUCATOR, StaffRole.PRACTITIONER),
        LiensFixtures.STAFF_ACTIVE_FROM).id();
    return new SampleAgency(liens, actor, prescriber, funder, employer, educator);
  }

  /** {@return the prescriber, whose field worker refers the households} */
  public OrganisationId prescriber() {
    return prescriber;
  }

  /** {@return the funder of the referrals} */
  public OrganisationId funder() {
    return funder;
  }

  /** {@return the association that runs the offers and employs the educator} */
  public OrganisationId employer() {
    return employer;
  }

  /** {@return the educator every accompaniment of this agency is given} */
  public StaffId educator() {
    return educator;
  }

  /**
   * Registers a household.
   *
   * @param profile its profile, e.g. {@link LiensFixtures#singleParent(String, String)}
   * @return the household as stored
   */
  public Household household(HouseholdProfile profile) {
    return liens.households().register(actor, profile);
  }

  /**
   * Receives a referral of {@code household} to {@code offer} from the prescriber's field worker, records the
   * consent of its parents (MAPA: its caregivers) and assesses the needs, all on {@code day}: the referral is ready
   * to be validated.
   *
   * @param household the household referred, as registered
   * @param offer the offer it is referred to
   * @param reason why, as the offer's eligibility rule expects it (MIP: {@link ReferralReason#FAMILY_EVENT})
   * @param day the day it is received, consented to and assessed; not after the clock's today
   * @return the referral, {@code ASSESSED}
   */
  public Referral assessedReferral(Household household, OfferCode offer, ReferralReason reason, LocalDate day) {
    Referral referral = liens.referrals().receive(actor, ReferralRequest.of(household.id(), offer,
        ReferralSource.fieldWorker(prescriber, PersonName.of("Paul", "Durand")), funder, day, reason));
    List<PersonId> consenting = offer == OfferCode.MAPA
        ? household.profile().caregivers().stream().map(Caregiver::id).toList()
        : household.profile().parents().stream().map(Parent::id).toList();
    liens.referrals().recordConsent(actor, referral.id(), Consent.of(day, consenting.toArray(PersonId[]::new)));
    return liens.referrals().assess(actor, referral.id(), new NeedsAssessment(day, "needs assessed with the family"));
  }

  /**
   * Validates {@code referral} today with this agency's educator and fixes its first appointment.
   *
   * @param referral an assessed referral, e.g. from {@link #assessedReferral}
   * @param firstAppointment the day of the first appointment, which starts the period
   * @return the accompaniment, {@code ACTIVE}
   */
  public Accompaniment started(Referral referral, LocalDate firstAppointment) {
    Accompaniment accompaniment = liens.referrals().validate(actor, referral.id(), List.of(educator));
    return liens.accompaniments().start(actor, accompaniment.id(), firstAppointment);
  }

  /**
   * The shortest story: a single parent referred to an MIP for a family event, consented and assessed on {@code
   * day}, validated today and started on {@code day}.
   *
   * @param day the day of the referral and of the first appointment; not after the clock's today
   * @return the MIP, {@code ACTIVE}
   */
  public Accompaniment startedMip(LocalDate day) {
    Household household = household(LiensFixtures.singleParent("Anne", "Martin"));
    return started(assessedReferral(household, OfferCode.MIP, ReferralReason.FAMILY_EVENT, day), day);
  }
}
