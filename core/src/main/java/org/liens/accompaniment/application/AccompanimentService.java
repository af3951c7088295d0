package org.liens.accompaniment.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.liens.access.AccessDeniedException;
import org.liens.access.Actor;
import org.liens.shared.IntegrityViolationException;
import org.liens.access.Operation;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.ExitReasons;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactStatus;
import org.liens.staff.StaffId;
import org.liens.staff.application.StaffDirectory;
import org.liens.accompaniment.HomeVisit;
import org.liens.accompaniment.Progress;
import org.liens.accompaniment.RemoteChannel;
import org.liens.accompaniment.RemoteContact;
import org.liens.accompaniment.ReopenReason;
import org.liens.accompaniment.ReopeningWindow;
import org.liens.accompaniment.WorkshopSession;
import org.liens.billing.BillingSubject;
import org.liens.billing.application.BillingService;
import org.liens.document.ActionReport;
import org.liens.document.ActionReportDocument;
import org.liens.document.EmtMap;
import org.liens.document.OrientationLine;
import org.liens.document.SupportPlan;
import org.liens.household.HouseholdProfile;
import org.liens.household.PersonId;
import org.liens.internal.Engine;
import org.liens.internal.Targets;
import org.liens.internal.UnitOfWork;
import org.liens.partner.PartnerService;
import org.liens.pricing.TariffBook;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.NotFoundException;
import org.liens.shared.RuleViolationException;
import org.liens.storage.Repositories;

/**
 * The life of an accompaniment after validation (R2, R4–R6, R8): first appointment, team, contacts, DIA, EMT
 * map, action report, closure or cancellation. Each method is one transaction; each returns the accompaniment as
 * stored. Obtain it from {@code Liens#accompaniments()}.
 */
public final class AccompanimentService {
  private final Engine engine;
  private final TariffBook tariffs;
  private final ExitReasons exitReasons;
  private final ReopeningWindow reopening;

  /**
   * A service that freezes, at the first appointment, the tariff of {@code tariffs} in force on that date (R3).
   * Not API: obtain it from {@code Liens#accompaniments()}; the constructor takes internal plumbing and may change.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   * @param tariffs the dated tariffs (R3)
   */
  public AccompanimentService(Engine engine, TariffBook tariffs) {
    this(engine, tariffs, ExitReasons.standard());
  }

  /**
   * A service as {@link #AccompanimentService(Engine, TariffBook)}, whose closures and cancellations take their
   * exit reasons from {@code exitReasons} (issue 12). Not API, as the other constructor.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   * @param tariffs the dated tariffs (R3)
   * @param exitReasons the catalogue's exit reasons
   */
  public AccompanimentService(Engine engine, TariffBook tariffs, ExitReasons exitReasons) {
    this(engine, tariffs, exitReasons, ReopeningWindow.standard());
  }

  /**
   * A service as {@link #AccompanimentService(Engine, TariffBook, ExitReasons)}, which reopens closed
   * accompaniments within {@code reopening} (issue 14). Not API, as the other constructors.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   * @param tariffs the dated tariffs (R3)
   * @param exitReasons the catalogue's exit reasons
   * @param reopening how long after its closure an accompaniment may be reopened
   */
  public AccompanimentService(Engine engine, TariffBook tariffs, ExitReasons exitReasons, ReopeningWindow reopening) {
    this.engine = Checks.required(engine, "engine");
    this.tariffs = Checks.required(tariffs, "tariffs");
    this.exitReasons = Checks.required(exitReasons, "exitReasons");
    this.reopening = Checks.required(reopening, "reopening");
  }

  /**
   * Fixes the first appointment: the accompaniment becomes active, its period is set (R2), and the tariff in
   * force on that date is frozen on it (R3).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param firstAppointment the date of the first appointment (R2)
   * @return the accompaniment as stored after the change
   */
  public Accompaniment start(Actor actor, AccompanimentId id, LocalDate firstAppointment) {
    return change(actor, Operation.ACCOMPANIMENT_START, id, (a, work) -> a.start(firstAppointment, tariffs));
  }

  /**
   * Moves the first appointment; the period and the planned visits not yet done move with it.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @throws RuleViolationException with {@link ErrorCode#ALREADY_INVOICED} while an invoice of the accompaniment is
   *     live (drafted or issued and not credited in full): its dates and amount depend on the first appointment
   * @param newDate the new date of the first appointment
   * @return the accompaniment as stored after the change
   */
  public Accompaniment moveFirstAppointment(Actor actor, AccompanimentId id, LocalDate newDate) {
    return change(actor, Operation.ACCOMPANIMENT_MOVE, id, (a, work) -> {
      Repositories repositories = work.repositories();
      repositories.accompaniments().lock(id);
      if (!BillingService.historyOf(repositories, BillingSubject.of(id)).live().isEmpty()) {
        throw new RuleViolationException(ErrorCode.ALREADY_INVOICED,
            "the module is invoiced from its first appointment: discard the draft or credit the invoice first");
      }
      return a.moveFirstAppointment(newDate);
    });
  }

  /**
   * Replaces the team (R5).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param team the educators, checked against the offer's team rule (R5)
   * @return the accompaniment as stored after the change
   * @throws RuleViolationException with {@link ErrorCode#UNKNOWN_STAFF} or {@link ErrorCode#INACTIVE_STAFF} if a
   *     member is not a registered staff member active today as an educator or a practitioner
   */
  public Accompaniment changeTeam(Actor actor, AccompanimentId id, List<StaffId> team) {
    return change(actor, Operation.ACCOMPANIMENT_TEAM, id, (a, work) -> {
      Change<Accompaniment> changed = a.changeTeam(team);
      StaffDirectory.requireTeam(work.repositories().staff(), changed.after().team(), work.today());
      return changed;
    });
  }

  /**
   * Records a home visit (VAD) held on {@code date} by {@code educator} (R4).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param educator the educator who made the contact, a member of the team
   * @param date the day of the visit
   * @return the accompaniment as stored after the change
   */
  public Accompaniment recordHomeVisit(Actor actor, AccompanimentId id, LocalDate date, StaffId educator) {
    return record(actor, id, contactId -> new HomeVisit(contactId, date, educator));
  }

  /**
   * Records a phone call, e-mail, SMS or video call (R4).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param educator the educator who made the contact, a member of the team
   * @param date the day of the contact
   * @param channel how it was made: phone, email, SMS or video
   * @return the accompaniment as stored after the change
   */
  public Accompaniment recordRemoteContact(
      Actor actor, AccompanimentId id, LocalDate date, StaffId educator, RemoteChannel channel) {
    return record(actor, id, contactId -> new RemoteContact(contactId, date, educator, channel));
  }

  /**
   * Records an individual ARCS session of {@code length} (R3).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param educator the educator who made the contact, a member of the team
   * @param date the day of the session
   * @param length how long the session lasted, billed by the hour (R3)
   * @return the accompaniment as stored after the change
   */
  public Accompaniment recordWorkshopSession(
      Actor actor, AccompanimentId id, LocalDate date, StaffId educator, Duration length) {
    return record(actor, id, contactId -> new WorkshopSession(contactId, date, educator, length));
  }

  /**
   * Records a home visit under a contact id of the caller's choice, so that the call can be repeated safely after an
   * {@code OUTCOME_UNKNOWN}: if the accompaniment already holds this very contact, it is returned as stored and
   * nothing is recorded twice.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param contactId the contact's id, chosen by the caller (a UUID it keeps until the call succeeds)
   * @param date the day of the visit
   * @param educator the educator who made the visit, a member of the team
   * @return the accompaniment as stored with the contact
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another contact
   */
  public Accompaniment recordHomeVisit(
      Actor actor, AccompanimentId id, ContactId contactId, LocalDate date, StaffId educator) {
    Checks.required(contactId, "contactId");
    return record(actor, id, Optional.of(contactId), (a, given) -> new HomeVisit(given, date, educator));
  }

  /**
   * Records a remote contact under a contact id of the caller's choice; repeating it returns the accompaniment as
   * stored (see {@link #recordHomeVisit(Actor, AccompanimentId, ContactId, LocalDate, StaffId)}).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param contactId the contact's id, chosen by the caller
   * @param date the day of the contact
   * @param educator the educator who made the contact, a member of the team
   * @param channel how it was made
   * @return the accompaniment as stored with the contact
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another contact
   */
  public Accompaniment recordRemoteContact(Actor actor, AccompanimentId id, ContactId contactId, LocalDate date,
      StaffId educator, RemoteChannel channel) {
    Checks.required(contactId, "contactId");
    return record(actor, id, Optional.of(contactId),
        (a, given) -> new RemoteContact(given, date, educator, channel));
  }

  /**
   * Records a contact in its status (issue 14): a home visit, remote contact or workshop session held, missed or
   * planned under a new id, or settling the planned contact of that id (held, missed, cancelled, or planned again on
   * another day). Only held contacts count toward the targets and are billed. Repeating the very same call returns
   * the accompaniment as stored.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param contact the contact with its own id, for instance {@code new HomeVisit(contactId, day, educator,
   *     ContactStatus.PLANNED)}
   * @return the accompaniment as stored with the contact
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another contact that is
   *     not planned
   */
  public Accompaniment recordContact(Actor actor, AccompanimentId id, Contact contact) {
    Checks.required(contact, "contact");
    return record(actor, id, Optional.of(contact.id()), (a, given) -> contact);
  }

  /**
   * Settles a planned contact as it turned out (issue 14): {@code HELD} on its planned day (it then counts, and a
   * home visit completes the planned visit it realises), missed (saying by whom) or {@code CANCELLED}. To record it
   * held on another day, use {@link #recordContact} with the contact's id. Settling it again in the same status
   * returns the accompaniment as stored.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param contactId the planned contact
   * @param status how it turned out
   * @return the accompaniment as stored with the contact settled
   * @throws NotFoundException with {@link ErrorCode#NOT_FOUND} if the accompaniment holds no such contact
   * @throws RuleViolationException with {@link ErrorCode#CONTACT_ALREADY_SETTLED} if it is no longer planned
   */
  public Accompaniment settleContact(Actor actor, AccompanimentId id, ContactId contactId, ContactStatus status) {
    Checks.required(contactId, "contactId");
    Checks.required(status, "status");
    return record(actor, id, Optional.of(contactId), (a, given) -> {
      Contact planned = a.contact(given)
          .orElseThrow(() -> new NotFoundException(ErrorCode.NOT_FOUND, "no such contact in this accompaniment"));
      if (planned.status() != ContactStatus.PLANNED && planned.status() != status) {
        throw new RuleViolationException(ErrorCode.CONTACT_ALREADY_SETTLED, "this contact is settled already");
      }
      return planned.withStatus(status); // the same status again: a repeated call, returned as stored
    });
  }

  private Accompaniment record(Actor actor, AccompanimentId id, Function<ContactId, Contact> contact) {
    return record(actor, id, Optional.empty(), (a, given) -> contact.apply(given));
  }

  /**
   * Records the contact, whose educator must be a registered staff member active on its date (in a team role). With
   * an id given by the caller, the very same contact already recorded is not recorded again; a planned one of that
   * id is settled.
   */
  private Accompaniment record(Actor actor, AccompanimentId id, Optional<ContactId> given,
      BiFunction<Accompaniment, ContactId, Contact> contact) {
    Checks.required(id, "id");
    return engine.write(actor, Operation.CONTACT_RECORD, work -> {
      Accompaniment a = work.gate().check(work.repositories().accompaniments().get(id), Targets::of);
      work.gate().concernsPeople(Targets.people(a));
      Contact made = contact.apply(a, given.orElseGet(() -> ContactId.of(work.newId())));
      Optional<Contact> same = given.isPresent() ? a.contact(made.id()) : Optional.empty();
      if (same.isPresent() && same.get().equals(made)) {
        return a; // a repeated call whose first run committed: its result, nothing done twice
      }
      if (same.isPresent() && same.get().status() != ContactStatus.PLANNED) {
        throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "this contact id names another contact");
      }
      Change<Accompaniment> recorded = a.record(made, work.today());
      StaffDirectory.requireTeam(work.repositories().staff(), List.of(made.educator()), made.date());
      return work.repositories().accompaniments().save(work.accept(recorded));
    });
  }

  /**
   * Writes or revises the DIA, in the names of the requesting parents or caregivers (R8).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param plan the DIA
   * @return the accompaniment as stored after the change
   */
  public Accompaniment writeSupportPlan(Actor actor, AccompanimentId id, SupportPlan plan) {
    return change(actor, Operation.SUPPORT_PLAN_WRITE, id, (a, work) -> a.writeSupportPlan(plan, household(work, a), work.today()));
  }

  /**
   * Draws or redraws the E.M.T map (R8).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param map the stakes, missions and work (E.M.T)
   * @return the accompaniment as stored after the change
   */
  public Accompaniment drawEmtMap(Actor actor, AccompanimentId id, EmtMap map) {
    return change(actor, Operation.EMT_MAP_DRAW, id, (a, work) -> a.drawEmtMap(map, work.today()));
  }

  /**
   * Writes the action report, summarising contacts against targets (R8).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param writtenOn the date of the report
   * @param conclusions the educators' conclusions, free text (never logged)
   * @return the accompaniment as stored after the change
   */
  public Accompaniment writeActionReport(Actor actor, AccompanimentId id, LocalDate writtenOn, String conclusions) {
    return change(actor, Operation.ACTION_REPORT_WRITE, id,
        (a, work) -> a.writeActionReport(writtenOn, conclusions, household(work, a), work.today()));
  }

  /**
   * Records that the family revokes the consent to share the accompaniment's progress with the prescriber (R8): it
   * leaves the prescriber's caseload at once; the consent history keeps the entry.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment, open
   * @param on the day they revoked it, from the last change of the consents up to today
   * @param by who revokes, by person id: parents (MAPA: caregivers) of the household
   * @return the accompaniment as stored after the change
   */
  public Accompaniment revokeSharingConsent(Actor actor, AccompanimentId id, LocalDate on, List<PersonId> by) {
    return change(actor, Operation.CONSENT_SHARING, id,
        (a, work) -> a.revokeSharingConsent(on, by, household(work, a), work.today()));
  }

  /**
   * Records that the family gives again the consent to share the accompaniment's progress with the prescriber (R8):
   * it is back in the prescriber's caseload; the consent history keeps the entry.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment, open
   * @param on the day they consented, from the last change of the consents up to today
   * @param by who consents, by person id: parents (MAPA: caregivers) of the household
   * @return the accompaniment as stored after the change
   */
  public Accompaniment giveSharingConsent(Actor actor, AccompanimentId id, LocalDate on, List<PersonId> by) {
    return change(actor, Operation.CONSENT_SHARING, id,
        (a, work) -> a.giveSharingConsent(on, by, household(work, a), work.today()));
  }

  /**
   * Reopens a closed accompaniment today, within the reopening window of its closure (issue 14, {@code
   * Liens.builder().reopeningWindow}); the reason is kept in its history. Coordinators only.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param reason why, as a code
   * @return the accompaniment as stored after the change, {@code ACTIVE} again
   * @throws org.liens.shared.RuleViolationException with {@code REOPEN_WINDOW_PASSED} after the window,
   *     {@code REOPEN_CANCELLED} for a cancelled accompaniment
   * @throws org.liens.shared.IllegalTransitionException for one still open or succeeded
   */
  public Accompaniment reopen(Actor actor, AccompanimentId id, ReopenReason reason) {
    Checks.required(reason, "reason");
    return change(actor, Operation.ACCOMPANIMENT_REOPEN, id, (a, work) -> a.reopen(reopening, reason, work.today()));
  }

  /**
   * Closes the accompaniment; it needs its action report (R8).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param closedOn the closing date
   * @return the accompaniment as stored after the change
   */
  public Accompaniment close(Actor actor, AccompanimentId id, LocalDate closedOn) {
    return change(actor, Operation.ACCOMPANIMENT_CLOSE, id, (a, work) -> a.close(closedOn, work.today()));
  }

  /**
   * Closes the accompaniment for an exit reason of the catalogue (issue 12); it needs its action report (R8). The
   * other {@code close} records the default, objectives reached.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param exitReason the code of one of the catalogue's exit reasons, without text
   * @param closedOn the closing date
   * @return the accompaniment as stored after the change
   * @throws org.liens.shared.RuleViolationException with {@code UNKNOWN_EXIT_REASON} if the catalogue does not list
   *     it
   * @throws org.liens.shared.InvalidInputException with {@code INVALID_VALUE} if that reason needs a text (the
   *     "other" reason: cancel with its text instead)
   */
  public Accompaniment close(Actor actor, AccompanimentId id, String exitReason, LocalDate closedOn) {
    return change(actor, Operation.ACCOMPANIMENT_CLOSE, id, (a, work) -> {
      Checks.check(!exitReasons.require(exitReason).withText(), "exit reason: this reason needs a text");
      return a.close(exitReason, closedOn, work.today());
    });
  }

  /**
   * Cancels the accompaniment for an exit reason of the catalogue (issue 12), with a text. The other
   * {@code cancel} records the default, other.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param exitReason the code of one of the catalogue's exit reasons
   * @param reason why, in free text (never logged, never in a report)
   * @param cancelledOn the date of the cancellation
   * @return the accompaniment as stored after the change
   * @throws org.liens.shared.RuleViolationException with {@code UNKNOWN_EXIT_REASON} if the catalogue does not list
   *     it
   */
  public Accompaniment cancel(
      Actor actor, AccompanimentId id, String exitReason, String reason, LocalDate cancelledOn) {
    return change(actor, Operation.ACCOMPANIMENT_CANCEL, id, (a, work) -> {
      exitReasons.require(exitReason);
      return a.cancel(exitReason, reason, cancelledOn, work.today());
    });
  }

  /**
   * Cancels the accompaniment with a reason.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param reason why, in free text (never logged)
   * @param cancelledOn the date of the cancellation
   * @return the accompaniment as stored after the change
   */
  public Accompaniment cancel(Actor actor, AccompanimentId id, String reason, LocalDate cancelledOn) {
    return change(actor, Operation.ACCOMPANIMENT_CANCEL, id, (a, work) -> a.cancel(reason, cancelledOn, work.today()));
  }

  /**
   * Progress against the targets at {@code date}; empty for offers without targets (ARCS).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param date the day progress is measured on
   * @return the progress, or empty without targets
   */
  public Optional<Progress> progress(Actor actor, AccompanimentId id, LocalDate date) {
    Checks.required(id, "id");
    Checks.date(date, "date");
    return engine.read(actor, Operation.ACCOMPANIMENT_PROGRESS,
        (gate, repositories) -> gate.check(repositories.accompaniments().get(id), Targets::of)).progressAt(date);
  }

  /**
   * {@return the accompaniment with this id}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @throws NotFoundException if there is none
   */
  public Accompaniment get(Actor actor, AccompanimentId id) {
    Checks.required(id, "id");
    return engine.read(actor, Operation.ACCOMPANIMENT_READ, (gate, repositories) -> {
      Accompaniment accompaniment = gate.check(repositories.accompaniments().get(id), Targets::of);
      gate.concernsPeople(Targets.people(accompaniment));
      return accompaniment;
    });
  }

  /**
   * {@return the action report of this accompaniment as a document (R8, issue 16): the report written on it, and the
   * orientations of its household to partner actions made during it or during the accompaniment it succeeds, each
   * as it stands today with whether the person took part; the services by their public name}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @throws NotFoundException if there is no such accompaniment, or no report written on it yet
   */
  public ActionReportDocument actionReport(Actor actor, AccompanimentId id) {
    Checks.required(id, "id");
    return engine.read(actor, Operation.ACCOMPANIMENT_READ, (gate, repositories) -> {
      Accompaniment accompaniment = gate.check(repositories.accompaniments().get(id), Targets::of);
      gate.concernsPeople(Targets.people(accompaniment));
      ActionReport report = accompaniment.actionReport().orElseThrow(
          () -> new NotFoundException(ErrorCode.NOT_FOUND, "no action report is written on this accompaniment"));
      List<OrientationLine> lines = repositories.orientations().ofHousehold(accompaniment.household()).stream()
          .filter(o -> o.accompaniment().equals(id)
              || accompaniment.predecessor().filter(o.accompaniment()::equals).isPresent())
          .map(o -> OrientationLine.of(o, service -> repositories.partnerCatalogue().service(service)
              .map(PartnerService::name), engine.today()))
          .toList();
      return new ActionReportDocument(id, report, lines);
    });
  }

  /**
   * {@return what the prescriber that referred this accompaniment may consult of it (R8): a {@link PrescriberView},
   * which holds no household member, assessment, note or health data}
   *
   * @param actor who acts: a prescriber sees only what its organisation referred
   * @param id the accompaniment
   * @throws org.liens.access.AccessDeniedException if the actor may not see it, if no prescriber referred it, or if
   *     it does not exist (the same answer)
   */
  public PrescriberView prescriberView(Actor actor, AccompanimentId id) {
    Checks.required(id, "id");
    return engine.read(actor, Operation.PRESCRIBER_VIEW_READ, (gate, repositories) -> {
      Accompaniment accompaniment = gate.check(repositories.accompaniments().get(id), Targets::of);
      if (!PrescriberView.shared(accompaniment)) {
        throw AccessDeniedException.denied();
      }
      return PrescriberView.of(accompaniment, accompaniment.prescriber().orElseThrow(), engine.today());
    });
  }

  private static HouseholdProfile household(UnitOfWork work, Accompaniment accompaniment) {
    return work.repositories().households().get(accompaniment.household()).profile();
  }

  private Accompaniment change(Actor actor, Operation operation, AccompanimentId id, Command command) {
    Checks.required(id, "id");
    return engine.write(actor, operation, work -> {
      Accompaniment accompaniment = work.gate().check(work.repositories().accompaniments().get(id), Targets::of);
      Accompaniment changed = work.repositories().accompaniments().save(work.accept(command.apply(accompaniment, work)));
      work.gate().concernsPeople(Targets.people(accompaniment));
      work.gate().concernsPeople(Targets.people(changed));
      return changed;
    });
  }

  @FunctionalInterface
  private interface Command {
    Change<Accompaniment> apply(Accompaniment accompaniment, UnitOfWork work);
  }
}
