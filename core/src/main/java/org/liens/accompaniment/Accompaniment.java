package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.liens.agreement.AgreementId;
import org.liens.catalog.ContactTargets;
import org.liens.catalog.ExitReason;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferDuration;
import org.liens.document.ActionReport;
import org.liens.document.ContactSummary;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.PersonId;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Tariff;
import org.liens.pricing.TariffBook;
import org.liens.referral.ConsentAct;
import org.liens.referral.ConsentHistory;
import org.liens.referral.ConsentPurpose;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.InvalidInputException;
import org.liens.shared.RuleViolationException;
import org.liens.staff.StaffId;

/**
 * The accompaniment of a household under an offer (R2, R4–R6, R8), from validation to closure.
 *
 * <p>Lifecycle ({@link Lifecycle}, each state with only its own fields): opened {@code VALIDATED} by validating an
 * eligible referral; the first appointment makes it {@code ACTIVE} and gives it a {@link FollowUp} (its period,
 * {@link CarePeriod}: six months for MIP, MADI, MAPA, with the {@link EndDateConvention} frozen at opening; the
 * frozen tariff; contacts; planned visits; documents); it ends {@code CLOSED} (only with an {@link ActionReport}),
 * {@code CANCELLED} (with a reason), or {@code SUCCEEDED} when a MADI takes over with the same team (R6).
 *
 * <p>Rules enforced: the team follows the offer's {@link org.liens.catalog.TeamRule} (MIP, MAPA: exactly one
 * educator; MADI: one or more); contacts are recorded only while active, inside the period, not in the future, by
 * a team member; the DIA and the action report are in the names of the household's parents (MAPA: caregivers) whose
 * consent opened it, named by {@link PersonId}. Its {@link ConsentHistory} starts with that consent and keeps every
 * later revocation and new consent; the prescriber sees it only while sharing is in force
 * ({@link #sharesProgressWithPrescriber()}).
 * The offer is copied at opening, so a later catalogue change never alters a running accompaniment.
 *
 * <p>Immutable, treat as a value type: every command returns a {@link Change} and leaves this instance untouched,
 * so a refused command changes nothing.
 *
 * @param id its id
 * @param version the version it was read at (see {@link Aggregate})
 * @param household the household accompanied
 * @param referral the referral whose validation opened it
 * @param offer the offer as it was in the catalogue when the accompaniment was opened
 * @param prescriber the partner organisation that prescribed it; empty for a family's own request
 * @param funder who pays
 * @param agreement the funding agreement that pays for its place, if any (R10)
 * @param referredOn when the referral was received; the first appointment cannot precede it
 * @param openedOn when the coordinator validated it into the active caseload
 * @param endDateConvention the end-date convention frozen at opening
 * @param team the educators (intervenants) following the family (R5)
 * @param predecessor the MIP this MADI succeeds (R6)
 * @param consents every change of the family's consents, starting with the one that opened it (R7)
 * @param lifecycle where it stands, with the fields of that state only
 */
public record Accompaniment(
    AccompanimentId id, long version, HouseholdId household, ReferralId referral, Offer offer,
    Optional<OrganisationId> prescriber, OrganisationId funder, Optional<AgreementId> agreement, LocalDate referredOn,
    LocalDate openedOn, EndDateConvention endDateConvention, List<StaffId> team,
    Optional<AccompanimentId> predecessor, ConsentHistory consents, Lifecycle lifecycle) implements Aggregate {

  /**
   * The invariants that tie the {@link #lifecycle()} to the rest (each state checks its own fields). Commands never
   * produce a state that breaks them; a storage adapter that rebuilds one from corrupted rows gets an
   * {@link IllegalStateException}.
   *
   * @param id its id
   * @param version the version it was read at (see {@link Aggregate})
   * @param household the household accompanied
   * @param referral the referral whose validation opened it
   * @param offer the offer as it was in the catalogue when the accompaniment was opened
   * @param prescriber the partner organisation that prescribed it; empty for a family's own request
   * @param funder who pays
   * @param agreement the funding agreement that pays for its place, if any (R10)
   * @param referredOn when the referral was received; the first appointment cannot precede it
   * @param openedOn when the coordinator validated it into the active caseload
   * @param endDateConvention the end-date convention frozen at opening
   * @param team the educators (intervenants) following the family (R5)
   * @param predecessor the MIP this MADI succeeds (R6)
   * @param consents every change of the family's consents, starting with the one that opened it (R7)
   * @param lifecycle where it stands, with the fields of that state only
   */
  public Accompaniment {
    Checks.required(id, "id");
    Aggregate.checkVersion(version);
    // one call per field rather than Checks.requiredAll: every copy of a command runs these (issue 13)
    Checks.required(household, "household");
    Checks.required(referral, "referral");
    Checks.required(funder, "funder");
    team = Checks.listOf(team, "team");
    if (!Checks.required(offer, "offer").team().allows(team.size())) {
      throw Consistency.inconsistent("team of " + team.size() + " breaks " + offer.team());
    }
    Consistency.check(Consistency.distinct(team), "an educator appears twice in the team");
    Consistency.check(!Checks.required(openedOn, "openedOn").isBefore(Checks.required(referredOn, "referredOn")),
        "opened before the referral was received");
    Checks.required(prescriber, "prescriber");
    Checks.required(agreement, "agreement");
    Checks.required(predecessor, "predecessor");
    Checks.required(endDateConvention, "endDateConvention");
    Checks.required(consents, "consents");
    Checks.required(lifecycle, "lifecycle");
    Optional<FollowUp> started = lifecycle.started();
    if (started.isPresent()) {
      FollowUp f = started.get();
      Consistency.check(!f.period().start().isBefore(openedOn), "first appointment before the validation");
      if (f.tariff().isPresent()) {
        Tariff t = f.tariff().get();
        PriceBasis basis = PriceBasis.forAccompaniment(offer);
        if (!t.offer().equals(offer.code()) || t.basis() != basis) {
          throw Consistency.inconsistent("the frozen tariff prices this offer's " + basis);
        }
      }
    }
  }

  /**
   * {@return where it stands: {@code VALIDATED}, {@code ACTIVE}, {@code CLOSED}, {@code CANCELLED} or {@code
   * SUCCEEDED}, from its {@link #lifecycle()}}
   */
  public AccompanimentStatus status() {
    return lifecycle().status();
  }

  /** {@return the period, from the first appointment; empty until then} */
  public Optional<CarePeriod> period() {
    return lifecycle().started().map(FollowUp::period);
  }

  /**
   * The tariff frozen when the first appointment was fixed (R3): the one in force on that date for the offer's
   * {@link PriceBasis#forAccompaniment basis} (the module for MIP, MADI, MAPA; the hour for ARCS). Kept here, on
   * the accompaniment, so the rule is visible where it applies: a later tariff, or a new tariff book, never
   * changes what this accompaniment costs, and moving the first appointment does not reprice it. Empty before
   * the start, and for an offer the tariff book does not price. Billing under a funding agreement uses the
   * agreement's place price instead ({@code org.liens.agreement.Place#price()}).
   *
   * @return the frozen tariff; empty before the first appointment or when the book does not price the offer
   */
  public Optional<Tariff> tariff() {
    return lifecycle().started().flatMap(FollowUp::tariff);
  }

  /** {@return every contact recorded, in recording order} */
  public List<Contact> contacts() {
    return lifecycle().started().map(FollowUp::contacts).orElse(List.of());
  }

  /** {@return the planned home-visit schedule, spread over the period} */
  public List<PlannedVisit> plannedVisits() {
    return lifecycle().started().map(FollowUp::plannedVisits).orElse(List.of());
  }

  /** {@return the DIA, once written} */
  public Optional<SupportPlan> supportPlan() {
    return lifecycle().started().flatMap(f -> f.documents().supportPlan());
  }

  /** {@return the E.M.T map, once drawn} */
  public Optional<EmtMap> emtMap() {
    return lifecycle().started().flatMap(f -> f.documents().emtMap());
  }

  /** {@return the action report, once written} */
  public Optional<ActionReport> actionReport() {
    return lifecycle().started().flatMap(f -> f.documents().actionReport());
  }

  /** {@return when it was closed, cancelled or succeeded} */
  public Optional<LocalDate> endedOn() {
    return lifecycle().endedOn();
  }

  /** {@return why it was cancelled; free text, redacted from {@code toString()}} */
  public Optional<String> cancellationReason() {
    return lifecycle() instanceof Lifecycle.Cancelled c ? Optional.of(c.reason()) : Optional.empty();
  }

  /**
   * {@return the code of the reason it ended with, from the catalogue's exit reasons (issue 12): the one given to
   * {@code close} (default objectives reached) or {@code cancel} (default other), succession for a MIP a MADI
   * took over (R6); empty while open}
   */
  public Optional<String> exitReason() {
    return lifecycle() instanceof Lifecycle.Ended ended ? Optional.of(ended.exitReason()) : Optional.empty();
  }

  /** {@return the MADI that succeeded this MIP (R6)} */
  public Optional<AccompanimentId> successor() {
    return lifecycle() instanceof Lifecycle.Succeeded s ? Optional.of(s.successor()) : Optional.empty();
  }

  /** {@return a builder for storage adapters that rebuild a stored accompaniment; every invariant is still checked} */
  public static AccompanimentBuilder builder() {
    return new AccompanimentBuilder();
  }

  /**
   * {@return whether the prescriber may follow it: it has a prescriber and the family's consent to share its
   * progress with them is in force (R8). Revoked, the accompaniment leaves the prescriber's caseload at once}
   */
  public boolean sharesProgressWithPrescriber() {
    return prescriber.isPresent() && consents.inForce(ConsentPurpose.SHARING_WITH_PRESCRIBER);
  }

  /**
   * Validated or active: part of the active caseload.
   *
   * @return true while {@code VALIDATED} or {@code ACTIVE}
   */
  public boolean isOpen() {
    return status().isOpen();
  }

  /** {@return the last day of the period, once started, for offers with a fixed duration} */
  public Optional<LocalDate> lastDay() {
    return period().flatMap(CarePeriod::lastDay);
  }

  // ---------------------------------------------------------------- opening

  /**
   * Opens an accompaniment for a referral being validated (R8), {@code VALIDATED}, with its team. For a referral
   * that succeeds an MIP (R6) use {@link #openAsSuccessor}.
   *
   * @param id the new accompaniment's id
   * @param referral the referral being validated; it must request {@code offer} and succeed no MIP
   * @param offer the offer as it is in the catalogue today, copied into the accompaniment
   * @param team the educators, by the offer's {@link org.liens.catalog.TeamRule}
   * @param openedOn the validation date, not before the referral was received
   * @param convention how the last day of the period is counted, frozen from now on
   * @return the {@code VALIDATED} accompaniment and its {@link AccompanimentOpened} event
   * @throws RuleViolationException with {@link ErrorCode#INVALID_TEAM} if the team breaks the offer's rule, or
   *     {@link ErrorCode#NOT_ELIGIBLE} if the referral has no consent
   */
  public static Change<Accompaniment> open(
      AccompanimentId id, Referral referral, Offer offer, List<StaffId> team, LocalDate openedOn,
      EndDateConvention convention) {
    Checks.required(referral, "referral");
    Checks.required(offer, "offer");
    Checks.check(referral.offer().equals(offer.code()), "the offer is not the one the referral requests");
    Checks.check(referral.succeeds().isEmpty(), "a referral that succeeds an MIP opens with openAsSuccessor");
    return Opening.opened(id, referral, offer, TeamRules.checked(offer, team), openedOn, convention, Optional.empty());
  }

  /**
   * Opens the MADI that succeeds {@code predecessor} (R6): the team is the predecessor's, plus
   * {@code additionalEducators} (for instance the positive-psychopedagogy practitioner). The predecessor must be
   * ended with {@link #succeededBy} in the same transaction.
   *
   * @param id the new MADI's id
   * @param referral the referral being validated, which names {@code predecessor} as the one it succeeds
   * @param offer the offer as it is in the catalogue today (MADI), copied into the accompaniment
   * @param predecessor the open MIP of the same household that this one succeeds
   * @param additionalEducators educators added to the predecessor's team; empty to keep the team as it is
   * @param openedOn the validation date, not before the referral was received
   * @param convention how the last day of the period is counted, frozen from now on
   * @return the {@code VALIDATED} accompaniment, naming its predecessor, and its {@link AccompanimentOpened} event
   * @throws RuleViolationException with {@link ErrorCode#INVALID_SUCCESSION} if the offer may not follow the
   *     predecessor's, the predecessor is not open, belongs to another household, or is not the one the referral
   *     names
   */
  public static Change<Accompaniment> openAsSuccessor(
      AccompanimentId id, Referral referral, Offer offer, Accompaniment predecessor,
      List<StaffId> additionalEducators, LocalDate openedOn, EndDateConvention convention) {
    Checks.required(referral, "referral");
    Checks.required(offer, "offer");
    Checks.required(predecessor, "predecessor");
    Checks.check(referral.offer().equals(offer.code()), "the offer is not the one the referral requests");
    Opening.requireSuccession(referral, offer, predecessor);
    List<StaffId> team = TeamRules.continued(predecessor.team(), additionalEducators);
    return Opening.opened(id, referral, offer, TeamRules.checked(offer, team), openedOn, convention,
        Optional.of(predecessor.id()));
  }

  // ---------------------------------------------------------------- first appointment

  /**
   * Fixes the first appointment (R2): the accompaniment becomes {@code ACTIVE}, its period starts on that date
   * and ends after the offer's duration, and the planned home visits are spread over the period. The
   * appointment may lie in the future: it is fixed by the prescriber or funder in advance.
   *
   * @param firstAppointment the date of the first appointment, not before the referral was received
   * @return the {@code ACTIVE} accompaniment, without a tariff, and its {@link AccompanimentStarted} event
   * @throws IllegalTransitionException unless {@code VALIDATED}
   * @throws RuleViolationException with {@link ErrorCode#FIRST_APPOINTMENT_BEFORE_REFERRAL}
   */
  public Change<Accompaniment> start(LocalDate firstAppointment) {
    return start(firstAppointment, TariffBook.empty());
  }

  /**
   * Fixes the first appointment as {@link #start(LocalDate)} does, and freezes the tariff of {@code tariffs} in
   * force on that date ({@link #tariff()}, R3). If the book does not price the offer at all, the accompaniment
   * starts without a tariff.
   *
   * @param firstAppointment the date of the first appointment, not before the referral was received
   * @param tariffs the tariff book to take the price from; an empty book freezes no tariff
   * @return the {@code ACTIVE} accompaniment and its {@link AccompanimentStarted} event, then a {@link TariffFrozen}
   *     event when a tariff was frozen
   * @throws IllegalTransitionException unless {@code VALIDATED}
   * @throws RuleViolationException with {@link ErrorCode#FIRST_APPOINTMENT_BEFORE_REFERRAL}, or
   *     {@link ErrorCode#NO_TARIFF_BEFORE_DATE} if the first appointment precedes the offer's first dated price
   */
  public Change<Accompaniment> start(LocalDate firstAppointment, TariffBook tariffs) {
    Checks.date(firstAppointment, "firstAppointment");
    Checks.required(tariffs, "tariffs");
    if (!(lifecycle() instanceof Lifecycle.Validated)) {
      throw illegal("start");
    }
    requireNotBeforeReferral(firstAppointment);
    CarePeriod period = CarePeriod.starting(firstAppointment, offer().duration(), endDateConvention());
    Optional<Tariff> tariff = tariffs.find(offer().code(), PriceBasis.forAccompaniment(offer()))
        .map(timeline -> timeline.at(firstAppointment));
    Accompaniment started = active(FollowUp.starting(period, tariff, offer().contactTargets()));
    AccompanimentStarted event = new AccompanimentStarted(id(), firstAppointment, period.lastDay());
    return tariff
        .map(t -> Change.of(started, event,
            new TariffFrozen(id(), t.offer(), t.basis(), t.effectiveFrom(), t.price(), firstAppointment)))
        .orElseGet(() -> Change.of(started, event));
  }

  /**
   * Moves the first appointment (a correction, or an appointment postponed): the period moves with it, the
   * planned visits not yet done move by the same number of days (kept inside the new period), and done ones stay.
   *
   * @param newDate the new date of the first appointment
   * @return the accompaniment with its period moved, and its {@link FirstAppointmentMoved} event
   * @throws IllegalTransitionException unless {@code ACTIVE}
   * @throws RuleViolationException with {@link ErrorCode#MOVE_WOULD_ORPHAN_CONTACTS} if a recorded contact would
   *     fall outside the new period, or {@link ErrorCode#FIRST_APPOINTMENT_BEFORE_REFERRAL}
   */
  public Change<Accompaniment> moveFirstAppointment(LocalDate newDate) {
    Checks.date(newDate, "firstAppointment");
    FollowUp followUp = activeFollowUp("move the first appointment of");
    requireNotBeforeReferral(newDate);
    CarePeriod old = followUp.period();
    CarePeriod moved = CarePeriod.starting(newDate, offer().duration(), endDateConvention());
    followUp.documents().dates().filter(newDate::isAfter).findFirst().ifPresent(date -> {
      throw new RuleViolationException(ErrorCode.INVALID_DOCUMENT_DATE,
          "a document dated " + date + " would precede the new first appointment");
    });
    if (followUp.contacts().stream().anyMatch(c -> !moved.contains(c.date()))) {
      throw new RuleViolationException(
          ErrorCode.MOVE_WOULD_ORPHAN_CONTACTS, "a recorded contact would fall outside the period " + moved);
    }
    return Change.of(
        active(followUp.movedTo(moved)), new FirstAppointmentMoved(id(), old.start(), newDate, moved.lastDay()));
  }

  // ---------------------------------------------------------------- team

  /**
   * Replaces the team (an educator leaves, MADI adds a practitioner).
   *
   * @param newTeam the whole new team, not only the changes
   * @return the accompaniment with its new team, and its {@link TeamChanged} event
   * @throws RuleViolationException with {@link ErrorCode#INVALID_TEAM} if the team breaks the offer's rule
   * @throws IllegalTransitionException once ended
   */
  public Change<Accompaniment> changeTeam(List<StaffId> newTeam) {
    List<StaffId> team = TeamRules.checked(offer(), newTeam);
    requireOpen("change the team of");
    return Change.of(copy(team, lifecycle), new TeamChanged(id(), team));
  }

  // ---------------------------------------------------------------- contacts

  /**
   * Records a contact (R4) in its status (issue 14): held, missed or planned under a new id, or settling the
   * planned contact of the same id and kind (held, missed, cancelled, or planned again on another day). A held home
   * visit also marks the earliest planned visit not yet done as done.
   *
   * @param today the current date: a contact cannot be recorded held or missed before its day; a planned one may
   *     fall on a later day of the period
   * @param contact the home visit, remote contact or workshop session, with its own id and status
   * @return the accompaniment with the contact recorded, and its event: {@link ContactRecorded} when held,
   *     {@link ContactPlanned} when planned, {@link ContactNotHeld} when missed or cancelled
   * @throws IllegalTransitionException unless {@code ACTIVE}
   * @throws RuleViolationException with {@link ErrorCode#CONTACT_OUTSIDE_PERIOD} (before the first appointment,
   *     on or after the end), {@link ErrorCode#EDUCATOR_NOT_IN_TEAM}
   * @throws InvalidInputException for a held or missed contact in the future, an id recorded already and not
   *     planned, a planned contact settled as another kind, a new contact cancelled, or a workshop session on an
   *     offer with a fixed duration
   */
  public Change<Accompaniment> record(Contact contact, LocalDate today) {
    Checks.requiredAll("contact, today", contact, today);
    FollowUp followUp = activeFollowUp("record a contact on");
    CarePeriod period = followUp.period();
    if (!period.contains(contact.date())) {
      throw new RuleViolationException(
          ErrorCode.CONTACT_OUTSIDE_PERIOD, "contact on " + contact.date() + " is outside the period " + period);
    }
    Checks.check(contact.status() == ContactStatus.PLANNED || contact.status() == ContactStatus.CANCELLED
        || !contact.date().isAfter(today), "a contact cannot be recorded before it happens");
    if (!team().contains(contact.educator())) {
      throw new RuleViolationException(ErrorCode.EDUCATOR_NOT_IN_TEAM, "the educator is not on the team");
    }
    Checks.check(!(contact instanceof WorkshopSession) || offer().duration() instanceof OfferDuration.PerSession,
        "workshop sessions are recorded only for per-session offers such as ARCS");
    return Change.of(
        active(followUp.recording(contact)), // which refuses an id already settled, in one pass over the contacts
        ContactEvents.recorded(id(), contact));
  }

  /**
   * The contact {@code contactId}, if recorded.
   *
   * @param contactId the contact's id
   * @return the contact in its current status, or empty
   */
  public Optional<Contact> contact(ContactId contactId) {
    Checks.required(contactId, "contactId");
    return lifecycle().started().flatMap(f -> f.contact(contactId));
  }

  /**
   * The contacts of one kind, in recording order.
   *
   * @param kind the kind of contact to keep
   * @return those contacts, empty before the first appointment
   */
  public List<Contact> contacts(ContactKind kind) {
    return contacts().stream().filter(c -> c.kind() == kind).toList();
  }

  /**
   * Home visits and remote contacts against the offer's targets at {@code date}, counting contacts dated on or
   * before it; empty for offers without targets (ARCS). See {@link ContactProgress} for the pace.
   *
   * @param date the day the progress is measured at, usually today
   * @return the progress, or empty when the offer sets no contact targets
   */
  public Optional<Progress> progressAt(LocalDate date) {
    Checks.required(date, "date");
    Optional<ContactTargets> contactTargets = offer().contactTargets();
    if (contactTargets.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Progress.measure(date, contactTargets.get(), lifecycle().started()));
  }

  // ---------------------------------------------------------------- documents

  /**
   * Writes (or revises) the DIA with the family (R8), in the name of the requesting parent(s) — MAPA:
   * caregiver(s).
   *
   * @param household the household's current profile, to check the holders against
   * @param plan the DIA, with its holders and writing date
   * @param today the current date: a DIA is not dated in the future
   * @return the accompaniment with the DIA (replacing an earlier one), and its {@link SupportPlanWritten} event
   * @throws RuleViolationException with {@link ErrorCode#INVALID_DOCUMENT_HOLDER} if a holder is not a parent
   *     (MAPA: caregiver) of the household whose consent opened the accompaniment,
   *     {@link ErrorCode#INVALID_DOCUMENT_DATE} if dated before the first
   *     appointment or after today
   * @throws IllegalTransitionException unless {@code ACTIVE}
   */
  public Change<Accompaniment> writeSupportPlan(SupportPlan plan, HouseholdProfile household, LocalDate today) {
    Checks.required(plan, "plan");
    Checks.required(household, "household");
    FollowUp followUp = activeFollowUp("write the support plan of");
    DocumentRules.requireDated(followUp, plan.writtenOn(), today);
    DocumentRules.requireRequesters(offer, plan.holders(), household, consents);
    return Change.of(
        active(followUp.with(followUp.documents().with(plan))), new SupportPlanWritten(id(), plan.writtenOn()));
  }

  /**
   * Draws (or redraws) the E.M.T map (R8).
   *
   * @param map the map, with the date it was drawn
   * @param today the current date: a map is not dated in the future
   * @return the accompaniment with the map (replacing an earlier one), and its {@link EmtMapDrawn} event
   * @throws IllegalTransitionException unless {@code ACTIVE}
   * @throws RuleViolationException with {@link ErrorCode#INVALID_DOCUMENT_DATE}
   */
  public Change<Accompaniment> drawEmtMap(EmtMap map, LocalDate today) {
    Checks.required(map, "map");
    FollowUp followUp = activeFollowUp("draw the EMT map of");
    DocumentRules.requireDated(followUp, map.drawnOn(), today);
    return Change.of(active(followUp.with(followUp.documents().with(map))), new EmtMapDrawn(id(), map.drawnOn()));
  }

  /**
   * Writes the action report (R8): addressed to the DIA's holders (without a DIA, to the household's parents —
   * MAPA: caregivers — whose consent opened it), copies to the prescriber and the funder, contacts done against targets as of
   * {@code writtenOn}. A later report replaces an earlier one.
   *
   * @param writtenOn the report's date, from the first appointment up to today
   * @param conclusions the educators' conclusions, free text (personal data)
   * @param household the household's current profile, to name the addressees
   * @param today the current date, from the clock
   * @return the accompaniment with the report, and its {@link ActionReportWritten} event with the contact counts
   * @throws IllegalTransitionException unless {@code ACTIVE}
   * @throws RuleViolationException with {@link ErrorCode#INVALID_DOCUMENT_DATE}, or
   *     {@link ErrorCode#INVALID_DOCUMENT_HOLDER} if there is nobody to address it to
   */
  public Change<Accompaniment> writeActionReport(
      LocalDate writtenOn, String conclusions, HouseholdProfile household, LocalDate today) {
    Checks.required(writtenOn, "writtenOn");
    Checks.required(household, "household");
    FollowUp followUp = activeFollowUp("write the action report of");
    DocumentRules.requireDated(followUp, writtenOn, today);
    List<PersonId> addressees =
        DocumentRules.addressees(offer, followUp.documents().supportPlan(), household, consents);
    List<OrganisationId> copies = Stream.concat(prescriber.stream(), Stream.of(funder)).toList();
    ContactSummary summary = followUp.summaryAt(writtenOn, offer.contactTargets());
    ActionReport report = new ActionReport(writtenOn, addressees, copies, summary, conclusions);
    return Change.of(
        active(followUp.with(followUp.documents().with(report))),
        new ActionReportWritten(id(), writtenOn, summary.homeVisits(), summary.remoteContacts(),
            summary.workshopSessions()));
  }

  // ---------------------------------------------------------------- consent

  /**
   * Records that {@code by} revoke the consent to share the accompaniment's progress with the prescriber (R8): from
   * now on it is out of the prescriber's caseload. The history keeps the entry.
   *
   * @param on the day they revoked it, from the last change of the history up to today
   * @param by who revokes, by person id: parents (MAPA: caregivers) of the household
   * @param household the household's current profile, to check {@code by} against
   * @param today the current date, from the clock
   * @return the accompaniment with the revocation in its {@link ConsentHistory}, and its {@link ConsentRevoked} event
   * @throws RuleViolationException with {@link ErrorCode#INVALID_CONSENT} if sharing is not in force, someone of
   *     {@code by} is not a parent (MAPA: caregiver) of the household, or the date is out of range
   * @throws IllegalTransitionException once ended
   */
  public Change<Accompaniment> revokeSharingConsent(
      LocalDate on, List<PersonId> by, HouseholdProfile household, LocalDate today) {
    return changeConsent(ConsentAct.REVOKED, by, on, household, today);
  }

  /**
   * Records that {@code by} give again the consent to share the accompaniment's progress with the prescriber (R8):
   * from now on it is back in the prescriber's caseload. The history keeps the entry.
   *
   * @param on the day they consented, from the last change of the history up to today
   * @param by who consents, by person id: parents (MAPA: caregivers) of the household
   * @param household the household's current profile, to check {@code by} against
   * @param today the current date, from the clock
   * @return the accompaniment with the new consent in its {@link ConsentHistory}, and its {@link ConsentGiven} event
   * @throws RuleViolationException with {@link ErrorCode#INVALID_CONSENT} if sharing is already in force, someone
   *     of {@code by} is not a parent (MAPA: caregiver) of the household, or the date is out of range
   * @throws IllegalTransitionException once ended
   */
  public Change<Accompaniment> giveSharingConsent(
      LocalDate on, List<PersonId> by, HouseholdProfile household, LocalDate today) {
    return changeConsent(ConsentAct.GIVEN, by, on, household, today);
  }

  private Change<Accompaniment> changeConsent(
      ConsentAct act, List<PersonId> by, LocalDate on, HouseholdProfile household, LocalDate today) {
    requireOpen(act == ConsentAct.GIVEN ? "record a consent on" : "revoke a consent of");
    return ConsentRules.changed(this, act, by, on, household, today);
  }

  // ---------------------------------------------------------------- ending

  /**
   * Closes the accompaniment (R8) for the default exit reason, objectives reached (issue 12). Closing before the end
   * of the period is an early termination.
   *
   * @param closedOn the closing date: from the action report and the last contact up to today
   * @param today the current date, from the clock
   * @return the {@code CLOSED} accompaniment and its {@link AccompanimentClosed} event, which tells whether it ended
   *     early
   * @throws RuleViolationException with {@link ErrorCode#ACTION_REPORT_REQUIRED} without an action report,
   *     {@link ErrorCode#INVALID_DOCUMENT_DATE} if dated before the report or after today
   * @throws IllegalTransitionException unless {@code ACTIVE}
   */
  public Change<Accompaniment> close(LocalDate closedOn, LocalDate today) {
    return close(ExitReason.OBJECTIVES_REACHED, closedOn, today);
  }

  /**
   * Closes the accompaniment (R8) for an exit reason of the catalogue (issue 12); the caller checks the code
   * against the catalogue's list. Closing before the end of the period is an early termination.
   *
   * @param exitReason the code of the exit reason
   * @param closedOn the closing date: from the action report and the last contact up to today
   * @param today the current date, from the clock
   * @return the {@code CLOSED} accompaniment and its {@link AccompanimentClosed} event
   * @throws RuleViolationException with {@link ErrorCode#ACTION_REPORT_REQUIRED} without an action report,
   *     {@link ErrorCode#INVALID_DOCUMENT_DATE} if dated before the report or after today
   * @throws IllegalTransitionException unless {@code ACTIVE}
   */
  public Change<Accompaniment> close(String exitReason, LocalDate closedOn, LocalDate today) {
    String code = ExitReason.checkedCode(exitReason);
    Checks.date(closedOn, "closedOn");
    Checks.required(today, "today");
    FollowUp followUp = activeFollowUp("close");
    ActionReport report = followUp.documents().actionReport().orElseThrow(() -> new RuleViolationException(
        ErrorCode.ACTION_REPORT_REQUIRED, "an accompaniment is closed only with its action report"));
    if (closedOn.isBefore(report.writtenOn()) || closedOn.isAfter(today)
        || followUp.lastContact().filter(closedOn::isBefore).isPresent()) {
      throw new RuleViolationException(ErrorCode.INVALID_DOCUMENT_DATE,
          "closure is dated from the action report and the last contact up to today");
    }
    boolean early = followUp.period().lastDay().map(closedOn::isBefore).orElse(false);
    return Change.of(
        with(new Lifecycle.Closed(followUp.ending(), closedOn, code)),
        ContactEvents.ending(id(), lifecycle().started(), new AccompanimentClosed(id(), closedOn, early)));
  }

  /**
   * Cancels the accompaniment with a reason (the family withdrew, moved away…).
   *
   * @param reason why, as free text (personal data, redacted from {@code toString()})
   * @param cancelledOn the cancellation date: from the opening and the last contact up to today
   * @param today the current date, from the clock
   * @return the {@code CANCELLED} accompaniment and its {@link AccompanimentCancelled} event
   * @throws IllegalTransitionException once ended
   * @throws InvalidInputException for a blank reason, or a date before the opening, after today, or before a
   *     recorded contact
   */
  public Change<Accompaniment> cancel(String reason, LocalDate cancelledOn, LocalDate today) {
    return cancel(ExitReason.OTHER, reason, cancelledOn, today);
  }

  /**
   * Cancels the accompaniment for an exit reason of the catalogue (issue 12), with a text; the caller checks the
   * code against the catalogue's list.
   *
   * @param exitReason the code of the exit reason
   * @param reason why, as free text (personal data, redacted from {@code toString()})
   * @param cancelledOn the cancellation date: from the opening and the last contact up to today
   * @param today the current date, from the clock
   * @return the {@code CANCELLED} accompaniment and its {@link AccompanimentCancelled} event
   * @throws IllegalTransitionException once ended
   * @throws InvalidInputException for a malformed code, a blank reason, or a date before the opening, after today,
   *     or before a recorded contact
   */
  public Change<Accompaniment> cancel(String exitReason, String reason, LocalDate cancelledOn, LocalDate today) {
    String code = ExitReason.checkedCode(exitReason);
    String why = Checks.longText(reason, "cancellation reason");
    requireOpen("cancel");
    requireEndDate(cancelledOn, today);
    return Change.of(
        with(new Lifecycle.Cancelled(lifecycle().started().map(FollowUp::ending), cancelledOn, why, code)),
        ContactEvents.ending(id(), lifecycle().started(), new AccompanimentCancelled(id(), cancelledOn)));
  }

  /**
   * Reopens a closed accompaniment within {@code window} of its closure (issue 14): it is {@code ACTIVE} again with
   * its period, contacts and documents (its action report too, which a later closure may keep or replace).
   *
   * @param window how long after the closure it may be reopened
   * @param reason why, as a code kept in the history
   * @param today the current date, from the clock: the day it is reopened
   * @return the {@code ACTIVE} accompaniment and its {@link AccompanimentReopened} event
   * @throws RuleViolationException with {@link ErrorCode#REOPEN_WINDOW_PASSED} after the window's last day,
   *     {@link ErrorCode#REOPEN_CANCELLED} for a cancelled accompaniment
   * @throws IllegalTransitionException unless {@code CLOSED} or {@code CANCELLED}
   */
  public Change<Accompaniment> reopen(ReopeningWindow window, ReopenReason reason, LocalDate today) {
    return Reopening.reopen(this, window, reason, today);
  }

  /**
   * Ends this accompaniment because {@code successor} (a MADI) takes over with the same team (R6).
   *
   * @param successor the MADI opened with {@link #openAsSuccessor}
   * @param on the day the successor takes over: from the opening and the last contact up to today
   * @param today the current date, from the clock
   * @return the {@code SUCCEEDED} accompaniment and its {@link AccompanimentSucceeded} event
   * @throws IllegalTransitionException once ended
   * @throws RuleViolationException with {@link ErrorCode#INVALID_SUCCESSION} if it succeeds itself
   */
  public Change<Accompaniment> succeededBy(AccompanimentId successor, LocalDate on, LocalDate today) {
    Checks.required(successor, "successor");
    if (successor.equals(id())) {
      throw new RuleViolationException(ErrorCode.INVALID_SUCCESSION, "an accompaniment cannot succeed itself");
    }
    requireOpen("end by succession");
    requireEndDate(on, today);
    return Change.of(
        with(new Lifecycle.Succeeded(lifecycle().started().map(FollowUp::ending), on, successor)),
        ContactEvents.ending(id(), lifecycle().started(), new AccompanimentSucceeded(id(), successor, on)));
  }

  private void requireEndDate(LocalDate on, LocalDate today) {
    Checks.required(on, "date");
    Checks.required(today, "today");
    Checks.check(!on.isBefore(openedOn()) && !on.isAfter(today), "an end is dated from the opening up to today");
    Checks.check(lifecycle().started().flatMap(FollowUp::lastContact).filter(on::isBefore).isEmpty(),
        "an end cannot precede a recorded contact");
  }

  // ---------------------------------------------------------------- helpers

  @Override
  public Accompaniment withVersion(long newVersion) {
    // the same immutable, already checked lifecycle: only this record's own checks run again (issue 13)
    return new Accompaniment(id, newVersion, household, referral, offer, prescriber, funder, agreement, referredOn,
        openedOn, endDateConvention, team, predecessor, consents, lifecycle);
  }

  private Accompaniment copy(List<StaffId> newTeam, Lifecycle newLifecycle) {
    return new Accompaniment(id, version, household, referral, offer, prescriber, funder, agreement, referredOn,
        openedOn, endDateConvention, newTeam, predecessor, consents, newLifecycle);
  }

  private Accompaniment with(Lifecycle newLifecycle) {
    return copy(team, newLifecycle);
  }

  private Accompaniment active(FollowUp followUp) {
    return with(new Lifecycle.Active(followUp));
  }

  /** The follow-up of an {@code ACTIVE} accompaniment, the only state {@code action} applies to. */
  private FollowUp activeFollowUp(String action) {
    if (lifecycle() instanceof Lifecycle.Active active) {
      return active.followUp();
    }
    throw illegal(action);
  }

  /** R8: the coordinator validates, then the first appointment is fixed; it cannot precede either. */
  private void requireNotBeforeReferral(LocalDate firstAppointment) {
    if (firstAppointment.isBefore(openedOn())) {
      throw new RuleViolationException(ErrorCode.FIRST_APPOINTMENT_BEFORE_REFERRAL, "the first appointment ("
          + firstAppointment + ") cannot precede the referral's validation (" + openedOn() + ")");
    }
  }

  private void requireOpen(String action) {
    if (!isOpen()) {
      throw illegal(action);
    }
  }

  private IllegalTransitionException illegal(String action) {
    return new IllegalTransitionException(
        ErrorCode.ILLEGAL_TRANSITION, "cannot " + action + " an accompaniment that is " + status());
  }
}
