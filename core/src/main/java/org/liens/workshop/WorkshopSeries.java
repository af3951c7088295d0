package org.liens.workshop;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.liens.catalog.OfferCode;
import org.liens.household.Child;
import org.liens.household.PersonId;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.pricing.VatRegime;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensStyle;
import org.liens.shared.RuleViolationException;

/**
 * The ARCS group workshops an accepted {@link Quote} became (R3, R9): its groups, the children enrolled in them,
 * and the sessions held. The quote's terms are copied at opening (groups, sessions, length, price of a group
 * session, travel, VAT regime), so the series is billed exactly as quoted.
 *
 * <p>Rules enforced (R9): a group takes at most six children ({@link ErrorCode#GROUP_FULL}; the group model's
 * {@code childrenPerGroup}); the series takes at most the children quoted ({@link ErrorCode#WORKSHOP_FULL});
 * children are in CP or above, or aged six, on their enrolment day ({@link ErrorCode#PARTICIPANT_NOT_FROM_CP},
 * {@link Child#isFromCp}); a group holds at most its planned sessions ({@link ErrorCode#SESSIONS_EXHAUSTED}).
 * Each session records which children of its group attended, by the child's id ({@link ErrorCode#CHILD_NOT_ENROLLED}
 * for one not enrolled in that group by that day); it is held when one child at least attended, otherwise kept as
 * not held, never billed and not counted against the planned sessions (issue 14). Immutable.
 */
@Value.Immutable
@LiensStyle
public abstract class WorkshopSeries implements Aggregate {

  public abstract WorkshopSeriesId id();

  /** {@return the accepted quote it comes from} */
  public abstract QuoteId quote();

  /** {@return the institution that ordered and pays} */
  public abstract OrganisationId client();

  /** {@return the offer (ARCS group workshops)} */
  public abstract OfferCode offer();

  /** {@return the date the quote was accepted and the series opened} */
  public abstract LocalDate openedOn();

  /** {@return the number of groups, {@code ceil(children quoted / childrenPerGroup)}} */
  public abstract int groups();

  /** {@return the children the quote was made for: the most the series takes} */
  public abstract int childrenQuoted();

  /** {@return the most children in one group (six, R9)} */
  public abstract int childrenPerGroup();

  /** {@return the sessions each group has} */
  public abstract int sessionsPerGroup();

  /** {@return the length of one session, as quoted} */
  public abstract Duration sessionLength();

  /** {@return the TTC price of one group session, as quoted} */
  public abstract Money groupSessionPrice();

  /** {@return the travel costs, as quoted} */
  public abstract Travel travel();

  /** {@return the VAT regime, as quoted} */
  public abstract VatRegime vat();

  /** {@return the children enrolled, in enrolment order} */
  public abstract List<Participant> participants();

  /** {@return the sessions recorded, held or not, in recording order} */
  public abstract List<GroupSession> sessions();

  /** {@return a builder for storage adapters that rebuild a stored series; every invariant is still checked} */
  public static ImmutableWorkshopSeries.Builder builder() {
    return ImmutableWorkshopSeries.builder();
  }

  /**
   * Checks the invariants; called by Immutables whenever an instance is built, so a stored row that breaks them is refused.
   */
  @Value.Check
  protected void check() {
    Checks.check(groups() >= 1 && childrenPerGroup() >= 1 && sessionsPerGroup() >= 1 && childrenQuoted() >= 1,
        "a series has groups, children and sessions");
    Checks.check(participants().size() <= childrenQuoted(), "more participants than children quoted");
    Checks.check(participants().stream().map(p -> p.child().id()).distinct().count() == participants().size(),
        "a child enrolled twice");
    Money.positive(groupSessionPrice(), "groupSessionPrice");
    for (int g = 1; g <= groups(); g++) {
      Checks.check(participants(g).size() <= childrenPerGroup(), "group " + g + " has more than " + childrenPerGroup() + " children");
      Checks.check(heldSessionsOf(g).size() <= sessionsPerGroup(), "group " + g + " held more than its planned sessions");
    }
    Checks.check(participants().stream().allMatch(p -> p.group() <= groups()), "a participant in a group that does not exist");
    Checks.check(sessions().stream().allMatch(s -> s.group() <= groups()), "a session of a group that does not exist");
    Checks.check(sessions().stream().map(GroupSession::id).distinct().count() == sessions().size(), "a session recorded twice");
    Checks.check(sessions().stream().allMatch(s -> s.attended().stream().allMatch(c -> isIn(c, s.group()))),
        "a child attended a session of a group it is not in");
  }

  /**
   * Opens the series of an accepted quote, on the day it was accepted.
   *
   * @param id the id of the new workshop series
   * @throws InvalidInputException unless the quote is accepted with this series' id
   * @param quote the accepted quote
   * @return the new series and its event
   */
  public static Change<WorkshopSeries> open(WorkshopSeriesId id, Quote quote) {
    Checks.required(id, "id");
    Checks.required(quote, "quote");
    Checks.check(quote.status() == QuoteStatus.ACCEPTED && quote.series().equals(Optional.of(id)),
        "a workshop series opens from the quote accepted for it");
    LocalDate on = quote.decidedOn().orElseThrow();
    WorkshopSeries series = builder()
        .id(id)
        .version(0)
        .quote(quote.id())
        .client(quote.client())
        .offer(quote.offer())
        .openedOn(on)
        .groups(quote.groups())
        .childrenQuoted(quote.children())
        .childrenPerGroup(quote.model().childrenPerGroup())
        .sessionsPerGroup(quote.sessions())
        .sessionLength(quote.sessionLength())
        .groupSessionPrice(quote.groupSessionPrice())
        .travel(quote.travel())
        .vat(quote.vat())
        .build();
    return Change.of(series, new WorkshopSeriesOpened(id, quote.id(), series.groups(), on));
  }

  /**
   * Enrols a child in the first group with room.
   *
   * @param child the child
   * @throws RuleViolationException with {@link ErrorCode#WORKSHOP_FULL} when the children quoted are all enrolled,
   *     {@link ErrorCode#PARTICIPANT_NOT_FROM_CP} for a child neither in CP nor aged six on {@code on}
   * @throws InvalidInputException for a child already enrolled, or a date before the opening
   * @param on the date of the enrolment
   * @return the series after the command and the events it emitted; this instance is unchanged
   */
  public Change<WorkshopSeries> enrol(Child child, LocalDate on) {
    Checks.required(child, "child");
    int group = 1;
    while (group < groups() && participants(group).size() >= childrenPerGroup()) {
      group++;
    }
    return enrol(child, group, on);
  }

  /**
   * Enrols a child in {@code group}.
   *
   * @param child the child
   * @throws RuleViolationException with {@link ErrorCode#GROUP_FULL} when the group has six children,
   *     {@link ErrorCode#WORKSHOP_FULL} when the children quoted are all enrolled,
   *     {@link ErrorCode#PARTICIPANT_NOT_FROM_CP} for a child neither in CP nor aged six on {@code on}
   * @throws InvalidInputException for a group that does not exist, a child already enrolled, or a date before the
   *     opening
   * @param group the group, from 1
   * @param on the date of the enrolment
   * @return the series after the command and the events it emitted; this instance is unchanged
   */
  public Change<WorkshopSeries> enrol(Child child, int group, LocalDate on) {
    Checks.required(child, "child");
    Checks.required(on, "on");
    requireGroup(group);
    Checks.check(!on.isBefore(openedOn()), "a child is enrolled on or after the series opened");
    Checks.check(participants().stream().noneMatch(p -> p.child().id().equals(child.id())), "the child is already enrolled");
    if (!child.isFromCp(on)) {
      throw new RuleViolationException(ErrorCode.PARTICIPANT_NOT_FROM_CP,
          "workshops take children from CP or aged " + Child.ARCS_MINIMUM_AGE + " (R9)");
    }
    if (participants().size() >= childrenQuoted()) {
      throw new RuleViolationException(ErrorCode.WORKSHOP_FULL,
          "the quote was made for " + childrenQuoted() + " children, all enrolled");
    }
    if (participants(group).size() >= childrenPerGroup()) {
      throw new RuleViolationException(ErrorCode.GROUP_FULL,
          "group " + group + " already has " + childrenPerGroup() + " children (R9: six at most)");
    }
    List<Participant> participants = new ArrayList<>(participants());
    participants.add(new Participant(child, group, on));
    return Change.of(builder().from(this).participants(participants).build(),
        new ParticipantEnrolled(id(), group, participants.size(), on));
  }

  /**
   * Records a session of {@code group} on {@code date} and the children of the group who attended it: held when one
   * at least did (event {@link GroupSessionHeld}), otherwise kept as not held ({@link GroupSessionNotHeld}).
   *
   * @param sessionId the id of the new session
   * @param group the group, from 1
   * @param date the day of the session
   * @param attended the ids of the children who attended; empty when nobody came
   * @param today the current date, from the clock
   * @return the series after the command and the events it emitted; this instance is unchanged
   * @throws RuleViolationException with {@link ErrorCode#SESSIONS_EXHAUSTED} when the group held all its planned
   *     sessions, {@link ErrorCode#CHILD_NOT_ENROLLED} when a child who attended is not enrolled in the group on
   *     {@code date}
   * @throws InvalidInputException for a group that does not exist or has no child, a date before the opening or
   *     after today
   */
  public Change<WorkshopSeries> recordSession(
      UUID sessionId, int group, LocalDate date, Set<PersonId> attended, LocalDate today) {
    Checks.required(sessionId, "sessionId");
    Checks.required(date, "date");
    Checks.setOf(attended, "attended");
    Checks.required(today, "today");
    requireGroup(group);
    Checks.check(!date.isBefore(openedOn()) && !date.isAfter(today), "a session is dated from the opening up to today");
    Checks.check(!participants(group).isEmpty(), "group " + group + " has no child yet");
    if (heldSessionsOf(group).size() >= sessionsPerGroup()) {
      throw new RuleViolationException(ErrorCode.SESSIONS_EXHAUSTED,
          "group " + group + " already held its " + sessionsPerGroup() + " sessions");
    }
    Set<PersonId> enrolled = participants(group).stream().filter(p -> !p.enrolledOn().isAfter(date))
        .map(p -> p.child().id()).collect(Collectors.toSet());
    if (!enrolled.containsAll(attended)) {
      throw new RuleViolationException(ErrorCode.CHILD_NOT_ENROLLED,
          "a child who attended is not enrolled in group " + group + " on the session's day");
    }
    GroupSession session = new GroupSession(sessionId, group, date, List.copyOf(attended));
    List<GroupSession> sessions = new ArrayList<>(sessions());
    sessions.add(session);
    WorkshopSeries after = builder().from(this).sessions(sessions).build();
    return session.held()
        ? Change.of(after, new GroupSessionHeld(id(), sessionId, group, date, session.attended().size()))
        : Change.of(after, new GroupSessionNotHeld(id(), sessionId, group, date));
  }

  private void requireGroup(int group) {
    Checks.check(group >= 1 && group <= groups(), "the series has groups 1 to " + groups());
  }

  /**
   * {@return the children of {@code group}}
   *
   * @param group the group, from 1
   */
  public List<Participant> participants(int group) {
    return participants().stream().filter(p -> p.group() == group).toList();
  }

  /**
   * {@return the sessions recorded for {@code group}, held or not}
   *
   * @param group the group, from 1
   */
  public List<GroupSession> sessionsOf(int group) {
    return sessions().stream().filter(s -> s.group() == group).toList();
  }

  /**
   * {@return the sessions {@code group} held: those one child at least attended}
   *
   * @param group the group, from 1
   */
  public List<GroupSession> heldSessionsOf(int group) {
    return sessions().stream().filter(s -> s.group() == group && s.held()).toList();
  }

  /** {@return the sessions held, by every group, in recording order} */
  public List<GroupSession> heldSessions() {
    return sessions().stream().filter(GroupSession::held).toList();
  }

  /**
   * {@return the children expected at {@code session}: those enrolled in its group by its day, and any who attended
   * (the figures count an attendance against the children expected)}
   *
   * @param session a session of this series
   */
  public Set<PersonId> expectedAt(GroupSession session) {
    Checks.required(session, "session");
    Set<PersonId> expected = new HashSet<>(session.attended());
    participants(session.group()).stream().filter(p -> !p.enrolledOn().isAfter(session.date()))
        .forEach(p -> expected.add(p.child().id()));
    return Set.copyOf(expected);
  }

  private boolean isIn(PersonId child, int group) {
    return participants(group).stream().anyMatch(p -> p.child().id().equals(child));
  }

  /** {@return {@code groups × sessionsPerGroup}} */
  public int plannedGroupSessions() {
    return groups() * sessionsPerGroup();
  }

  /** {@return the day of the first session held (one child at least attended), if any} */
  public Optional<LocalDate> firstSession() {
    return heldSessions().stream().map(GroupSession::date).min(LocalDate::compareTo);
  }

  @Override
  public WorkshopSeries withVersion(long newVersion) {
    return builder().from(this).version(newVersion).build();
  }
}
