package org.liens.accompaniment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.liens.agreement.AgreementId;
import org.liens.catalog.Audience;
import org.liens.catalog.ContactTargets;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferDuration;
import org.liens.document.ActionReport;
import org.liens.document.ContactSummary;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Tariff;
import org.liens.pricing.TariffBook;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensStyle;
import org.liens.shared.PersonName;
import org.liens.shared.RuleViolationException;

/**
 * The accompaniment of a household under an offer (R2, R4–R6, R8), from validation to closure.
 *
 * <p>Lifecycle: opened {@code VALIDATED} by validating an eligible referral; the first appointment makes it
 * {@code ACTIVE} and fixes its period ({@link CarePeriod}: six months for MIP, MADI, MAPA, with the
 * {@link EndDateConvention} frozen at opening); it ends {@code CLOSED} (only with an {@link ActionReport}),
 * {@code CANCELLED} (with a reason), or {@code SUCCEEDED} when a MADI takes over with the same team (R6).
 *
 * <p>Rules enforced: the team follows the offer's {@link org.liens.catalog.TeamRule} (MIP, MAPA: exactly one
 * educator; MADI: one or more); contacts are recorded only while active, inside the period, not in the future, by
 * a team member; the DIA and the action report are in the names of the household's parents (MAPA: caregivers).
 * The offer is copied at opening, so a later catalogue change never alters a running accompaniment.
 *
 * <p>Immutable: every command returns a {@link Change} and leaves this instance untouched, so a refused command
 * changes nothing.
 */
@Value.Immutable
@LiensStyle
public abstract class Accompaniment implements Aggregate {

  public abstract AccompanimentId id();

  @Override
  public abstract long version();

  public abstract HouseholdId household();

  /** The referral whose validation opened it. */
  public abstract ReferralId referral();

  /** The offer as it was in the catalogue when the accompaniment was opened. */
  public abstract Offer offer();

  /** The partner organisation that prescribed it; empty for a family's own request. */
  public abstract Optional<OrganisationId> prescriber();

  public abstract OrganisationId funder();

  /** The funding agreement that pays for its place, if any (R10). */
  public abstract Optional<AgreementId> agreement();

  /** When the referral was received; the first appointment cannot precede it. */
  public abstract LocalDate referredOn();

  /** When the coordinator validated it into the active caseload. */
  public abstract LocalDate openedOn();

  /** The end-date convention frozen at opening. */
  public abstract EndDateConvention endDateConvention();

  public abstract AccompanimentStatus status();

  /** The educators (intervenants) following the family. */
  public abstract List<EducatorId> team();

  /** The period, from the first appointment; empty until then. */
  public abstract Optional<CarePeriod> period();

  /**
   * The tariff frozen when the first appointment was fixed (R3): the one in force on that date for the offer's
   * {@link PriceBasis#forAccompaniment basis} (the module for MIP, MADI, MAPA; the hour for ARCS). Kept here, on
   * the accompaniment, so the rule is visible where it applies: a later tariff, or a new tariff book, never
   * changes what this accompaniment costs, and moving the first appointment does not reprice it. Empty before
   * the start, and for an offer the tariff book does not price. Billing under a funding agreement uses the
   * agreement's place price instead ({@code org.liens.agreement.Place#price()}).
   */
  public abstract Optional<Tariff> tariff();

  /** Every contact recorded, in recording order. */
  public abstract List<Contact> contacts();

  /** The planned home-visit schedule, spread over the period. */
  public abstract List<PlannedVisit> plannedVisits();

  /** The DIA, once written. */
  public abstract Optional<SupportPlan> supportPlan();

  /** The E.M.T map, once drawn. */
  public abstract Optional<EmtMap> emtMap();

  /** The action report, once written. */
  public abstract Optional<ActionReport> actionReport();

  /** When it was closed, cancelled or succeeded. */
  public abstract Optional<LocalDate> endedOn();

  /** Why it was cancelled; free text, redacted from {@code toString()}. */
  @Value.Redacted
  public abstract Optional<String> cancellationReason();

  /** The MIP this MADI succeeds (R6). */
  public abstract Optional<AccompanimentId> predecessor();

  /** The MADI that succeeded this MIP (R6). */
  public abstract Optional<AccompanimentId> successor();

  @Override
  public UUID uuid() {
    return id().value();
  }

  /** A builder for storage adapters that rebuild a stored accompaniment; every invariant is still checked. */
  public static ImmutableAccompaniment.Builder builder() {
    return ImmutableAccompaniment.builder();
  }

  /** Validated or active: part of the active caseload. */
  public boolean isOpen() {
    return status().isOpen();
  }

  /** The last day of the period, once started, for offers with a fixed duration. */
  public Optional<LocalDate> lastDay() {
    return period().flatMap(CarePeriod::lastDay);
  }

  // ---------------------------------------------------------------- invariants

  /**
   * The invariants every state satisfies. Commands never produce a state that breaks them; a storage adapter that
   * rebuilds one from corrupted rows gets an {@link IllegalStateException}.
   */
  @Value.Check
  protected void check() {
    Checks.check(version() >= 0, "version must be zero or more");
    AccompanimentStatus s = status();
    consistent(offer().team().allows(team().size()), "team of " + team().size() + " breaks " + offer().team());
    consistent(Set.copyOf(team()).size() == team().size(), "an educator appears twice in the team");
    consistent(!openedOn().isBefore(referredOn()), "opened before the referral was received");
    consistent(s != AccompanimentStatus.VALIDATED || period().isEmpty(), "a validated accompaniment has not started");
    consistent(s != AccompanimentStatus.ACTIVE && s != AccompanimentStatus.CLOSED || period().isPresent(),
        "an active or closed accompaniment has a period");
    period().ifPresent(p -> consistent(!p.start().isBefore(referredOn()), "first appointment before the referral"));
    tariff().ifPresent(t -> consistent(period().isPresent(), "a tariff is frozen only once started"));
    tariff().ifPresent(t -> consistent(t.offer().equals(offer().code()) && t.basis() == PriceBasis.forAccompaniment(offer()),
        "the frozen tariff prices this offer's " + PriceBasis.forAccompaniment(offer())));
    Set<ContactId> ids = new HashSet<>();
    for (Contact c : contacts()) {
      consistent(ids.add(c.id()), "contact recorded twice");
      consistent(period().map(p -> p.contains(c.date())).orElse(false), "contact outside the period");
    }
    consistent(s.isOpen() != endedOn().isPresent(), "endedOn is set exactly when the accompaniment has ended");
    endedOn().ifPresent(end -> consistent(contacts().stream().noneMatch(c -> c.date().isAfter(end)),
        "an accompaniment ends on or after its last contact"));
    period().ifPresent(p -> consistent(!p.start().isBefore(openedOn()), "first appointment before the validation"));
    consistent(s != AccompanimentStatus.CLOSED || actionReport().isPresent(), "closed without an action report");
    consistent((s == AccompanimentStatus.CANCELLED) == cancellationReason().isPresent(), "cancellation reason");
    consistent((s == AccompanimentStatus.SUCCEEDED) == successor().isPresent(), "successor");
  }

  private static void consistent(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException("inconsistent accompaniment: " + message);
    }
  }

  // ---------------------------------------------------------------- opening

  /**
   * Opens an accompaniment for a referral being validated (R8), {@code VALIDATED}, with its team. For a referral
   * that succeeds an MIP (R6) use {@link #openAsSuccessor}.
   *
   * @throws RuleViolationException with {@link ErrorCode#INVALID_TEAM} if the team breaks the offer's rule
   */
  public static Change<Accompaniment> open(
      AccompanimentId id, Referral referral, Offer offer, List<EducatorId> team, LocalDate openedOn,
      EndDateConvention convention) {
    Checks.required(referral, "referral");
    Checks.required(offer, "offer");
    Checks.check(referral.offer().equals(offer.code()), "the offer is not the one the referral requests");
    Checks.check(referral.succeeds().isEmpty(), "a referral that succeeds an MIP opens with openAsSuccessor");
    return opened(id, referral, offer, checkedTeam(offer, team), openedOn, convention, Optional.empty());
  }

  /**
   * Opens the MADI that succeeds {@code predecessor} (R6): the team is the predecessor's, plus
   * {@code additionalEducators} (for instance the positive-psychopedagogy practitioner). The predecessor must be
   * ended with {@link #succeededBy} in the same transaction.
   *
   * @throws RuleViolationException with {@link ErrorCode#INVALID_SUCCESSION} if the offer may not follow the
   *     predecessor's, the predecessor is not open, belongs to another household, or is not the one the referral
   *     names
   */
  public static Change<Accompaniment> openAsSuccessor(
      AccompanimentId id, Referral referral, Offer offer, Accompaniment predecessor,
      List<EducatorId> additionalEducators, LocalDate openedOn, EndDateConvention convention) {
    Checks.required(referral, "referral");
    Checks.required(offer, "offer");
    Checks.required(predecessor, "predecessor");
    Checks.check(referral.offer().equals(offer.code()), "the offer is not the one the referral requests");
    if (!referral.succeeds().equals(Optional.of(predecessor.id()))
        || !offer.mayFollow(predecessor.offer().code())
        || !predecessor.isOpen()
        || !predecessor.household().equals(referral.household())) {
      throw new RuleViolationException(
          ErrorCode.INVALID_SUCCESSION,
          offer.code() + " cannot succeed this " + predecessor.offer().code() + " (" + predecessor.status() + ")");
    }
    List<EducatorId> team = Stream.concat(
            predecessor.team().stream(), Checks.listOf(additionalEducators, "additionalEducators").stream())
        .distinct()
        .toList();
    return opened(id, referral, offer, checkedTeam(offer, team), openedOn, convention, Optional.of(predecessor.id()));
  }

  private static Change<Accompaniment> opened(
      AccompanimentId id, Referral referral, Offer offer, List<EducatorId> team, LocalDate openedOn,
      EndDateConvention convention, Optional<AccompanimentId> predecessor) {
    Checks.required(openedOn, "openedOn");
    Checks.check(!openedOn.isBefore(referral.receivedOn()), "an accompaniment cannot open before its referral");
    Accompaniment accompaniment = builder()
        .id(Checks.required(id, "id"))
        .version(0)
        .household(referral.household())
        .referral(referral.id())
        .offer(offer)
        .prescriber(referral.source().prescriber())
        .funder(referral.funder())
        .agreement(referral.agreement())
        .referredOn(referral.receivedOn())
        .openedOn(openedOn)
        .endDateConvention(Checks.required(convention, "convention"))
        .status(AccompanimentStatus.VALIDATED)
        .team(team)
        .predecessor(predecessor)
        .build();
    return Change.of(
        accompaniment,
        new AccompanimentOpened(id, referral.household(), referral.id(), offer.code(), openedOn, predecessor));
  }

  private static List<EducatorId> checkedTeam(Offer offer, List<EducatorId> team) {
    List<EducatorId> members = Checks.listOf(team, "team");
    if (Set.copyOf(members).size() != members.size()) {
      throw new RuleViolationException(ErrorCode.INVALID_TEAM, "an educator appears twice in the team");
    }
    if (!offer.team().allows(members.size())) {
      throw new RuleViolationException(
          ErrorCode.INVALID_TEAM,
          offer.code() + " needs " + offer.team() + " educator(s), got " + members.size());
    }
    return members;
  }

  // ---------------------------------------------------------------- first appointment

  /**
   * Fixes the first appointment (R2): the accompaniment becomes {@code ACTIVE}, its period starts on that date
   * and ends after the offer's duration, and the planned home visits are spread over the period. The
   * appointment may lie in the future: it is fixed by the prescriber or funder in advance.
   *
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
   * @throws IllegalTransitionException unless {@code VALIDATED}
   * @throws RuleViolationException with {@link ErrorCode#FIRST_APPOINTMENT_BEFORE_REFERRAL}, or
   *     {@link ErrorCode#NO_TARIFF_BEFORE_DATE} if the first appointment precedes the offer's first dated price
   */
  public Change<Accompaniment> start(LocalDate firstAppointment, TariffBook tariffs) {
    Checks.required(firstAppointment, "firstAppointment");
    Checks.required(tariffs, "tariffs");
    requireStatus("start", AccompanimentStatus.VALIDATED);
    requireNotBeforeReferral(firstAppointment);
    CarePeriod period = CarePeriod.starting(firstAppointment, offer().duration(), endDateConvention());
    Optional<Tariff> tariff = tariffs.find(offer().code(), PriceBasis.forAccompaniment(offer()))
        .map(timeline -> timeline.at(firstAppointment));
    Accompaniment started = edit()
        .status(AccompanimentStatus.ACTIVE)
        .period(period)
        .tariff(tariff)
        .plannedVisits(schedule(period, offer().contactTargets()))
        .build();
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
   * @throws IllegalTransitionException unless {@code ACTIVE}
   * @throws RuleViolationException with {@link ErrorCode#MOVE_WOULD_ORPHAN_CONTACTS} if a recorded contact would
   *     fall outside the new period, or {@link ErrorCode#FIRST_APPOINTMENT_BEFORE_REFERRAL}
   */
  public Change<Accompaniment> moveFirstAppointment(LocalDate newDate) {
    Checks.required(newDate, "newDate");
    requireStatus("move the first appointment of", AccompanimentStatus.ACTIVE);
    requireNotBeforeReferral(newDate);
    CarePeriod old = period().orElseThrow();
    CarePeriod moved = CarePeriod.starting(newDate, offer().duration(), endDateConvention());
    Stream.of(supportPlan().map(SupportPlan::writtenOn), emtMap().map(EmtMap::drawnOn),
            actionReport().map(ActionReport::writtenOn))
        .flatMap(Optional::stream)
        .filter(newDate::isAfter)
        .findFirst()
        .ifPresent(date -> {
          throw new RuleViolationException(ErrorCode.INVALID_DOCUMENT_DATE,
              "a document dated " + date + " would precede the new first appointment");
        });
    if (contacts().stream().anyMatch(c -> !moved.contains(c.date()))) {
      throw new RuleViolationException(
          ErrorCode.MOVE_WOULD_ORPHAN_CONTACTS, "a recorded contact would fall outside the period " + moved);
    }
    long shift = ChronoUnit.DAYS.between(old.start(), newDate);
    LocalDate latest = moved.lastDay().orElse(LocalDate.MAX);
    List<PlannedVisit> planned = plannedVisits().stream()
        .map(v -> v.done() ? v : PlannedVisit.on(clamp(v.date().plusDays(shift), newDate, latest)))
        .toList();
    return Change.of(
        edit().period(moved).plannedVisits(planned).build(),
        new FirstAppointmentMoved(id(), old.start(), newDate, moved.lastDay()));
  }

  private static LocalDate clamp(LocalDate date, LocalDate min, LocalDate max) {
    return date.isBefore(min) ? min : date.isAfter(max) ? max : date;
  }

  /**
   * The default visit schedule: the minimum number of home visits of the target, spread evenly over the period,
   * the first on the first appointment: visit {@code i} of {@code n} falls {@code floor(i × days / n)} days after
   * the start. None for offers without targets or without a fixed duration.
   */
  static List<PlannedVisit> schedule(CarePeriod period, Optional<ContactTargets> targets) {
    if (targets.isEmpty() || period.lengthInDays().isEmpty()) {
      return List.of();
    }
    int count = targets.get().homeVisits().min();
    long days = period.lengthInDays().get();
    List<PlannedVisit> visits = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      visits.add(PlannedVisit.on(period.start().plusDays(i * days / count)));
    }
    return visits;
  }

  // ---------------------------------------------------------------- team

  /**
   * Replaces the team (an educator leaves, MADI adds a practitioner).
   *
   * @throws RuleViolationException with {@link ErrorCode#INVALID_TEAM} if the team breaks the offer's rule
   * @throws IllegalTransitionException once ended
   */
  public Change<Accompaniment> changeTeam(List<EducatorId> newTeam) {
    List<EducatorId> team = checkedTeam(offer(), newTeam);
    requireOpen("change the team of");
    return Change.of(edit().team(team).build(), new TeamChanged(id(), team));
  }

  // ---------------------------------------------------------------- contacts

  /**
   * Records a contact (R4). A home visit also marks the earliest planned visit not yet done as done.
   *
   * @param today the current date: a contact cannot be recorded before it happened
   * @throws IllegalTransitionException unless {@code ACTIVE}
   * @throws RuleViolationException with {@link ErrorCode#CONTACT_OUTSIDE_PERIOD} (before the first appointment,
   *     on or after the end), {@link ErrorCode#EDUCATOR_NOT_IN_TEAM}
   * @throws InvalidInputException for a future date, a duplicate contact id, or a workshop session on an offer
   *     with a fixed duration
   */
  public Change<Accompaniment> record(Contact contact, LocalDate today) {
    Checks.required(contact, "contact");
    Checks.required(today, "today");
    requireStatus("record a contact on", AccompanimentStatus.ACTIVE);
    CarePeriod period = period().orElseThrow();
    if (!period.contains(contact.date())) {
      throw new RuleViolationException(
          ErrorCode.CONTACT_OUTSIDE_PERIOD, "contact on " + contact.date() + " is outside the period " + period);
    }
    Checks.check(!contact.date().isAfter(today), "a contact cannot be recorded before it happens");
    if (!team().contains(contact.educator())) {
      throw new RuleViolationException(ErrorCode.EDUCATOR_NOT_IN_TEAM, "the educator is not on the team");
    }
    Checks.check(contacts().stream().noneMatch(c -> c.id().equals(contact.id())), "contact already recorded");
    Checks.check(!(contact instanceof WorkshopSession) || offer().duration() instanceof OfferDuration.PerSession,
        "workshop sessions are recorded only for per-session offers such as ARCS");
    List<Contact> contacts = new ArrayList<>(contacts());
    contacts.add(contact);
    List<PlannedVisit> planned = contact instanceof HomeVisit ? markFirstPlannedDone(contact.id()) : plannedVisits();
    return Change.of(
        edit().contacts(contacts).plannedVisits(planned).build(),
        new ContactRecorded(id(), contact.id(), contact.kind(), contact.date(), contact.educator()));
  }

  private List<PlannedVisit> markFirstPlannedDone(ContactId visit) {
    List<PlannedVisit> planned = new ArrayList<>(plannedVisits());
    for (int i = 0; i < planned.size(); i++) {
      if (!planned.get(i).done()) {
        planned.set(i, new PlannedVisit(planned.get(i).date(), Optional.of(visit)));
        break;
      }
    }
    return planned;
  }

  /** The contacts of one kind, in recording order. */
  public List<Contact> contacts(ContactKind kind) {
    return contacts().stream().filter(c -> c.kind() == kind).toList();
  }

  /**
   * Home visits and remote contacts against the offer's targets at {@code date}, counting contacts dated on or
   * before it; empty for offers without targets (ARCS). See {@link ContactProgress} for the pace.
   */
  public Optional<Progress> progressAt(LocalDate date) {
    Checks.required(date, "date");
    return offer().contactTargets().map(targets -> {
      long periodDays = period().flatMap(CarePeriod::lengthInDays).orElse(1L);
      long elapsed = period().filter(p -> p.lengthInDays().isPresent()).map(p -> p.elapsedDays(date)).orElse(0L);
      return new Progress(
          date,
          ContactProgress.of(countUpTo(ContactKind.HOME_VISIT, date), targets.homeVisits(), elapsed, periodDays),
          ContactProgress.of(countUpTo(ContactKind.REMOTE_CONTACT, date), targets.remoteContacts(), elapsed, periodDays));
    });
  }

  private int countUpTo(ContactKind kind, LocalDate date) {
    return (int) contacts().stream().filter(c -> c.kind() == kind && !c.date().isAfter(date)).count();
  }

  // ---------------------------------------------------------------- documents

  /**
   * Writes (or revises) the DIA with the family (R8), in the name of the requesting parent(s) — MAPA:
   * caregiver(s).
   *
   * @param household the household's current profile, to check the holders against
   * @throws RuleViolationException with {@link ErrorCode#INVALID_DOCUMENT_HOLDER} if a holder is not a parent
   *     (MAPA: caregiver) of the household, {@link ErrorCode#INVALID_DOCUMENT_DATE} if dated before the first
   *     appointment or after today
   * @throws IllegalTransitionException unless {@code ACTIVE}
   */
  public Change<Accompaniment> writeSupportPlan(SupportPlan plan, HouseholdProfile household, LocalDate today) {
    Checks.required(plan, "plan");
    Checks.required(household, "household");
    requireStatus("write the support plan of", AccompanimentStatus.ACTIVE);
    requireDocumentDate(plan.writtenOn(), today);
    for (PersonName holder : plan.holders()) {
      if (!isRequester(holder, household)) {
        throw new RuleViolationException(
            ErrorCode.INVALID_DOCUMENT_HOLDER,
            "a support plan of " + offer().code() + " is in the names of the household's "
                + (offer().audience().consentByCaregivers() ? "caregivers" : "parents"));
      }
    }
    return Change.of(
        edit().supportPlan(plan).build(), new SupportPlanWritten(id(), plan.writtenOn()));
  }

  /**
   * Draws (or redraws) the E.M.T map (R8).
   *
   * @throws IllegalTransitionException unless {@code ACTIVE}
   * @throws RuleViolationException with {@link ErrorCode#INVALID_DOCUMENT_DATE}
   */
  public Change<Accompaniment> drawEmtMap(EmtMap map, LocalDate today) {
    Checks.required(map, "map");
    requireStatus("draw the EMT map of", AccompanimentStatus.ACTIVE);
    requireDocumentDate(map.drawnOn(), today);
    return Change.of(edit().emtMap(map).build(), new EmtMapDrawn(id(), map.drawnOn()));
  }

  /**
   * Writes the action report (R8): addressed to the DIA's holders (without a DIA, to the household's parents —
   * MAPA: caregivers), copies to the prescriber and the funder, contacts done against targets as of
   * {@code writtenOn}. A later report replaces an earlier one.
   *
   * @throws IllegalTransitionException unless {@code ACTIVE}
   * @throws RuleViolationException with {@link ErrorCode#INVALID_DOCUMENT_DATE}, or
   *     {@link ErrorCode#INVALID_DOCUMENT_HOLDER} if there is nobody to address it to
   */
  public Change<Accompaniment> writeActionReport(
      LocalDate writtenOn, String conclusions, HouseholdProfile household, LocalDate today) {
    Checks.required(writtenOn, "writtenOn");
    Checks.required(household, "household");
    requireStatus("write the action report of", AccompanimentStatus.ACTIVE);
    requireDocumentDate(writtenOn, today);
    List<PersonName> addressees = supportPlan()
        .map(SupportPlan::holders)
        .orElseGet(() -> household.adults().stream().filter(n -> isRequester(n, household)).toList());
    if (addressees.isEmpty()) {
      throw new RuleViolationException(
          ErrorCode.INVALID_DOCUMENT_HOLDER, "the household has nobody to address the action report to");
    }
    List<OrganisationId> copies = Stream.concat(prescriber().stream(), Stream.of(funder())).toList();
    ContactSummary summary = new ContactSummary(
        countUpTo(ContactKind.HOME_VISIT, writtenOn),
        countUpTo(ContactKind.REMOTE_CONTACT, writtenOn),
        countUpTo(ContactKind.WORKSHOP_SESSION, writtenOn),
        offer().contactTargets());
    ActionReport report = new ActionReport(writtenOn, addressees, copies, summary, conclusions);
    return Change.of(
        edit().actionReport(report).build(),
        new ActionReportWritten(id(), writtenOn, summary.homeVisits(), summary.remoteContacts(),
            summary.workshopSessions()));
  }

  private boolean isRequester(PersonName name, HouseholdProfile household) {
    return offer().audience() == Audience.CAREGIVERS ? household.hasCaregiver(name) : household.hasParent(name);
  }

  private void requireDocumentDate(LocalDate date, LocalDate today) {
    Checks.required(date, "date");
    Checks.required(today, "today");
    CarePeriod period = period().orElseThrow();
    if (date.isBefore(period.start()) || date.isAfter(today)) {
      throw new RuleViolationException(
          ErrorCode.INVALID_DOCUMENT_DATE, "a document is dated from the first appointment up to today, was " + date);
    }
  }

  // ---------------------------------------------------------------- ending

  /**
   * Closes the accompaniment (R8). Closing before the end of the period is an early termination.
   *
   * @throws RuleViolationException with {@link ErrorCode#ACTION_REPORT_REQUIRED} without an action report,
   *     {@link ErrorCode#INVALID_DOCUMENT_DATE} if dated before the report or after today
   * @throws IllegalTransitionException unless {@code ACTIVE}
   */
  public Change<Accompaniment> close(LocalDate closedOn, LocalDate today) {
    Checks.required(closedOn, "closedOn");
    Checks.required(today, "today");
    requireStatus("close", AccompanimentStatus.ACTIVE);
    ActionReport report = actionReport().orElseThrow(() -> new RuleViolationException(
        ErrorCode.ACTION_REPORT_REQUIRED, "an accompaniment is closed only with its action report"));
    if (closedOn.isBefore(report.writtenOn()) || closedOn.isAfter(today) || lastContact().filter(closedOn::isBefore).isPresent()) {
      throw new RuleViolationException(ErrorCode.INVALID_DOCUMENT_DATE,
          "closure is dated from the action report and the last contact up to today, was " + closedOn);
    }
    boolean early = lastDay().map(closedOn::isBefore).orElse(false);
    return Change.of(
        edit().status(AccompanimentStatus.CLOSED).endedOn(closedOn).build(),
        new AccompanimentClosed(id(), closedOn, early));
  }

  /**
   * Cancels the accompaniment with a reason (the family withdrew, moved away…).
   *
   * @throws IllegalTransitionException once ended
   * @throws InvalidInputException for a blank reason, or a date before the opening, after today, or before a
   *     recorded contact
   */
  public Change<Accompaniment> cancel(String reason, LocalDate cancelledOn, LocalDate today) {
    String why = Checks.notBlank(reason, "cancellation reason");
    requireOpen("cancel");
    requireEndDate(cancelledOn, today);
    return Change.of(
        edit()
            .status(AccompanimentStatus.CANCELLED)
            .endedOn(cancelledOn)
            .cancellationReason(why).build(),
        new AccompanimentCancelled(id(), cancelledOn));
  }

  /**
   * Ends this accompaniment because {@code successor} (a MADI) takes over with the same team (R6).
   *
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
        edit()
            .status(AccompanimentStatus.SUCCEEDED)
            .endedOn(on)
            .successor(successor).build(),
        new AccompanimentSucceeded(id(), successor, on));
  }

  private void requireEndDate(LocalDate on, LocalDate today) {
    Checks.required(on, "date");
    Checks.required(today, "today");
    Checks.check(!on.isBefore(openedOn()) && !on.isAfter(today), "an end is dated from the opening up to today");
    Checks.check(lastContact().filter(on::isBefore).isEmpty(), "an end cannot precede a recorded contact");
  }

  /** The date of the latest recorded contact. */
  private Optional<LocalDate> lastContact() {
    return contacts().stream().map(Contact::date).max(LocalDate::compareTo);
  }

  // ---------------------------------------------------------------- helpers

  /** This accompaniment as stored at {@code newVersion}; for storage adapters. */
  public Accompaniment withVersion(long newVersion) {
    return builder().from(this).version(newVersion).build();
  }

  private ImmutableAccompaniment.Builder edit() {
    return builder().from(this);
  }

  /** R8: the coordinator validates, then the first appointment is fixed; it cannot precede either. */
  private void requireNotBeforeReferral(LocalDate firstAppointment) {
    if (firstAppointment.isBefore(openedOn())) {
      throw new RuleViolationException(ErrorCode.FIRST_APPOINTMENT_BEFORE_REFERRAL, "the first appointment ("
          + firstAppointment + ") cannot precede the referral's validation (" + openedOn() + ")");
    }
  }

  private void requireStatus(String action, AccompanimentStatus expected) {
    if (status() != expected) {
      throw illegal(action);
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
