package org.liens.workshop.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.catalog.OfferCode;
import org.liens.household.Child;
import org.liens.household.PersonId;
import org.liens.internal.Engine;
import org.liens.internal.Gate;
import org.liens.internal.Targets;
import org.liens.internal.UnitOfWork;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Tariff;
import org.liens.pricing.TariffBook;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.NotFoundException;
import org.liens.shared.RuleViolationException;
import org.liens.storage.Repositories;
import org.liens.workshop.GroupSession;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteId;
import org.liens.workshop.QuoteRequest;
import org.liens.workshop.WorkshopSeries;
import org.liens.workshop.WorkshopSeriesId;

/**
 * ARCS group workshops ordered by an institution (R3, R9): the practitioner quotes, the client accepts or
 * declines, the accepted quote becomes a workshop series whose children and sessions are recorded. Obtain it
 * from {@code Liens#workshops()}.
 */
public final class QuoteService {
  private final Engine engine;
  private final TariffBook tariffs;

  /**
   * Not API: obtain it from {@code Liens}; the constructor takes internal plumbing and may change.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   * @param tariffs the dated tariffs (R3)
   */
  public QuoteService(Engine engine, TariffBook tariffs) {
    this.engine = Checks.required(engine, "engine");
    this.tariffs = Checks.required(tariffs, "tariffs");
  }

  /**
   * Proposes a quote, priced on the ARCS group model in force today.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param request what is asked for
   * @throws NotFoundException if the client does not exist
   * @throws RuleViolationException with {@link ErrorCode#NO_TARIFF} or {@link ErrorCode#NO_TARIFF_BEFORE_DATE}
   *     if no group model is in force today
   * @return the quote as stored
   */
  public Quote propose(Actor actor, QuoteRequest request) {
    return propose(actor, Optional.empty(), request);
  }

  /**
   * Proposes a quote under an id of the caller's choice, so that the call can be repeated safely after an
   * {@code OUTCOME_UNKNOWN}: if this quote is already stored for this very request, it is returned as stored
   * (accepted or declined since, maybe) and nothing is proposed twice.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the quote's id, chosen by the caller (a UUID it keeps until the call succeeds)
   * @param request what is asked for
   * @return the quote as stored
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another quote
   * @throws NotFoundException if the client does not exist
   */
  public Quote propose(Actor actor, QuoteId id, QuoteRequest request) {
    return propose(actor, Optional.of(Checks.required(id, "id")), request);
  }

  private Quote propose(Actor actor, Optional<QuoteId> given, QuoteRequest request) {
    Checks.required(request, "request");
    return engine.write(actor, Operation.QUOTE_PROPOSE, work -> {
      Repositories repositories = work.repositories();
      work.gate().check(AccessTarget.fundedBy(request.client()));
      repositories.organisations().get(request.client());
      Optional<Quote> stored = given.flatMap(repositories.quotes()::find);
      if (stored.isPresent()) {
        if (!requestOf(stored.get()).equals(request)) {
          throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "this quote id names another quote");
        }
        return stored.get(); // a repeated call whose first run committed: its result, nothing done twice
      }
      Tariff tariff = tariffs.inForce(OfferCode.ARCS, PriceBasis.GROUP_MODEL, work.today());
      QuoteId id = given.orElseGet(() -> QuoteId.of(work.newId()));
      return repositories.quotes().save(work.accept(Quote.propose(id, request, tariff, work.today())));
    });
  }

  private static QuoteRequest requestOf(Quote quote) {
    return new QuoteRequest(quote.client(), quote.children(), quote.sessions(), quote.sessionLength(),
        quote.frequency(), quote.travel(), quote.validUntil());
  }

  /**
   * The client accepts the quote today: its workshop series opens, in the same transaction. Accepting again a quote
   * already accepted returns its series as stored and records nothing (a repeated call after an
   * {@code OUTCOME_UNKNOWN}).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the quote
   * @return the series opened
   * @throws RuleViolationException with {@link ErrorCode#QUOTE_EXPIRED} after the quote's validity date
   */
  public WorkshopSeries accept(Actor actor, QuoteId id) {
    Checks.required(id, "id");
    return engine.write(actor, Operation.QUOTE_DECIDE, work -> {
      Repositories repositories = work.repositories();
      Quote quote = work.gate().check(repositories.quotes().get(id), Targets::of);
      if (quote.series().isPresent()) { // accepted: a repeated call whose first run committed
        return work.gate().check(repositories.workshopSeries().get(quote.series().get()), Targets::of);
      }
      WorkshopSeriesId seriesId = WorkshopSeriesId.of(work.newId());
      Quote accepted = work.accept(quote.accept(seriesId, work.today()));
      WorkshopSeries series = repositories.workshopSeries().save(work.accept(WorkshopSeries.open(seriesId, accepted)));
      repositories.quotes().save(accepted);
      return series;
    });
  }

  /**
   * {@return the client declines the quote today}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the quote
   */
  public Quote decline(Actor actor, QuoteId id) {
    Checks.required(id, "id");
    return engine.write(actor, Operation.QUOTE_DECIDE, work -> work.repositories().quotes().save(work.accept(
        work.gate().check(work.repositories().quotes().get(id), Targets::of).decline(work.today()))));
  }

  /**
   * Enrols a child in the first group with room (R9: six a group, from CP).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the workshop series
   * @param child the child
   * @return the series as stored after the change
   */
  public WorkshopSeries enrol(Actor actor, WorkshopSeriesId id, Child child) {
    return change(actor, Operation.WORKSHOP_ENROL, id, (series, work) -> series.enrol(born(child, work), work.today()));
  }

  /**
   * Enrols a child in {@code group} (R9: six a group, from CP).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the workshop series
   * @param child the child
   * @param group the group, from 1
   * @return the series as stored after the change
   */
  public WorkshopSeries enrol(Actor actor, WorkshopSeriesId id, Child child, int group) {
    return change(actor, Operation.WORKSHOP_ENROL, id,
        (series, work) -> series.enrol(born(child, work), group, work.today()));
  }

  /**
   * Records a session of {@code group} on {@code date} with the children who attended it, by id: held when one at
   * least did, otherwise kept as not held and never billed (issue 14).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the workshop series
   * @param group the group, from 1
   * @param date the day of the session
   * @param attended the ids of the enrolled children of the group who attended; empty when nobody came
   * @return the series as stored after the change
   * @throws RuleViolationException with {@link ErrorCode#CHILD_NOT_ENROLLED} for a child not enrolled in the group
   *     on {@code date}, {@link ErrorCode#SESSIONS_EXHAUSTED} when the group held all its planned sessions
   */
  public WorkshopSeries recordSession(
      Actor actor, WorkshopSeriesId id, int group, LocalDate date, Set<PersonId> attended) {
    return change(actor, Operation.WORKSHOP_SESSION_RECORD, id,
        (series, work) -> series.recordSession(work.newId(), group, date, attended, work.today()));
  }

  /**
   * Records a session as {@link #recordSession(Actor, WorkshopSeriesId, int, LocalDate, Set)} does, under a session
   * id of the caller's choice, so that the call can be repeated safely after an {@code OUTCOME_UNKNOWN}: if the
   * series already holds this very session (same group, day and attendance), it is returned as stored and nothing is
   * recorded twice.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the workshop series
   * @param sessionId the session's id, chosen by the caller (a UUID it keeps until the call succeeds)
   * @param group the group, from 1
   * @param date the day of the session
   * @param attended the ids of the enrolled children of the group who attended; empty when nobody came
   * @return the series as stored with the session
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another session
   */
  public WorkshopSeries recordSession(
      Actor actor, WorkshopSeriesId id, UUID sessionId, int group, LocalDate date, Set<PersonId> attended) {
    Checks.required(id, "id");
    Checks.required(sessionId, "sessionId");
    Checks.setOf(attended, "attended");
    return engine.write(actor, Operation.WORKSHOP_SESSION_RECORD, work -> {
      WorkshopSeries series = work.gate().check(work.repositories().workshopSeries().get(id), Targets::of);
      GroupSession wanted = new GroupSession(sessionId, group, date, List.copyOf(attended));
      Optional<GroupSession> same = series.sessions().stream().filter(s -> s.id().equals(sessionId)).findFirst();
      if (same.isPresent()) {
        if (!same.get().equals(wanted)) {
          throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "this session id names another session");
        }
        return series; // a repeated call whose first run committed: its result, nothing done twice
      }
      return work.repositories().workshopSeries().save(
          work.accept(series.recordSession(sessionId, group, date, attended, work.today())));
    });
  }

  /**
   * {@return the quote with this id}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the quote
   * @throws NotFoundException if there is none
   */
  public Quote get(Actor actor, QuoteId id) {
    return read(actor, Operation.QUOTE_READ, id, "id",
        (gate, repositories, key) -> gate.check(repositories.quotes().get(key), Targets::of));
  }

  /**
   * {@return the workshop series with this id}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the workshop series
   * @throws NotFoundException if there is none
   */
  public WorkshopSeries series(Actor actor, WorkshopSeriesId id) {
    return read(actor, Operation.WORKSHOP_SERIES_READ, id, "id",
        (gate, repositories, key) -> gate.check(repositories.workshopSeries().get(key), Targets::of));
  }

  /**
   * {@return the quotes made for {@code client}}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param client the organisation that ordered the workshops
   */
  public List<Quote> ofClient(Actor actor, OrganisationId client) {
    return read(actor, Operation.QUOTE_READ, client, "client", (gate, repositories, key) -> {
      gate.check(AccessTarget.fundedBy(key));
      return gate.filter(repositories.quotes().ofClient(key), Targets::of);
    });
  }

  private WorkshopSeries change(Actor actor, Operation operation, WorkshopSeriesId id, Command command) {
    Checks.required(id, "id");
    return engine.write(actor, operation, work -> {
      WorkshopSeries series = work.gate().check(work.repositories().workshopSeries().get(id), Targets::of);
      return work.repositories().workshopSeries().save(work.accept(command.apply(series, work)));
    });
  }

  /** A participant is born, like every child of a household: not after today (README "Input bounds"). */
  private static Child born(Child child, UnitOfWork work) {
    Checks.required(child, "child");
    Checks.birthDate(child.birthDate(), "birthDate", work.today());
    return child;
  }

  @FunctionalInterface
  private interface Command {
    Change<WorkshopSeries> apply(WorkshopSeries series, UnitOfWork work);
  }

  /** Reads in one transaction, once the policy allows it, what {@code query} says of {@code key}, which is required. */
  private <K, T> T read(Actor actor, Operation operation, K key, String name, Query<K, T> query) {
    Checks.required(key, name);
    return engine.read(actor, operation, (gate, repositories) -> query.apply(gate, repositories, key));
  }

  @FunctionalInterface
  private interface Query<K, T> {
    T apply(Gate gate, Repositories repositories, K key);
  }
}
