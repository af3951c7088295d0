package org.liens.agenda.application;

import java.time.LocalDate;
import java.util.List;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.access.Scope;
import org.liens.accompaniment.Accompaniment;
import org.liens.agenda.Agenda;
import org.liens.agenda.DueItem;
import org.liens.agenda.DuePolicy;
import org.liens.internal.Engine;
import org.liens.internal.Gate;
import org.liens.internal.Targets;
import org.liens.referral.ReferralDeadlines;
import org.liens.shared.Checks;
import org.liens.storage.Repositories;

/**
 * What is due for an actor (issue 14): {@link Agenda#due} over what the actor may see — a coordinator every active
 * accompaniment, waiting referral and agreement in force; an educator the accompaniments of its team. Obtain it from
 * {@code Liens#agenda()}. The library never sends a reminder: the host reads this list and decides how to remind.
 */
public final class AgendaService {
  private final Engine engine;
  private final ReferralDeadlines deadlines;
  private final DuePolicy policy;

  /**
   * A service over {@code engine}; not API: obtain it from {@code Liens}.
   *
   * @param engine the storage and transaction engine
   * @param deadlines the referral delays
   * @param policy what the due list counts
   */
  public AgendaService(Engine engine, ReferralDeadlines deadlines, DuePolicy policy) {
    this.engine = Checks.required(engine, "engine");
    this.deadlines = Checks.required(deadlines, "deadlines");
    this.policy = Checks.required(policy, "policy");
  }

  /**
   * {@return what is due for {@code actor} on {@code asOf} or within the policy's horizon, overdue items included,
   * in {@link DueItem#ORDER}: ids, codes and dates, no personal data}
   *
   * @param actor who asks: a coordinator sees everything, an educator (an actor naming its staff id) what its team
   *     follows
   * @param asOf the day the list is drawn up for, from 1900 to 2200
   */
  public List<DueItem> due(Actor actor, LocalDate asOf) {
    Checks.date(asOf, "asOf");
    return engine.read(actor, Operation.AGENDA_READ, (gate, repositories) -> Agenda.due(
        gate.filter(accompaniments(actor, gate, repositories), Targets::of),
        gate.filter(repositories.referrals().undecided(), Targets::of),
        gate.filter(repositories.fundingAgreements().inForce(asOf), Targets::of),
        deadlines, policy, asOf));
  }

  /** The open accompaniments worth reading: an educator's team's only, when the actor names its staff id. */
  private static List<Accompaniment> accompaniments(Actor actor, Gate gate, Repositories repositories) {
    if (gate.scope() == Scope.TEAM && actor.staff().isPresent()) {
      return repositories.accompaniments().openOfEducator(actor.staff().get());
    }
    return repositories.accompaniments().open();
  }
}
