package org.liens.history.application;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.billing.InvoiceId;
import org.liens.history.HistoryEntry;
import org.liens.history.StateHistory;
import org.liens.internal.Engine;
import org.liens.internal.Targets;
import org.liens.referral.ReferralId;
import org.liens.shared.Checks;
import org.liens.storage.Repositories;

/**
 * Who changed what, when and why (issue 14): the history of a referral, an accompaniment, an agreement or an
 * invoice, replayed from the events the outbox keeps ({@link StateHistory}). Whoever may read the aggregate may read
 * its history: a coordinator every one, an educator the accompaniments its team follows. Obtain it from
 * {@code Liens#history()}.
 */
public final class HistoryService {
  private final Engine engine;

  /**
   * A service over {@code engine}; not API: obtain it from {@code Liens}.
   *
   * @param engine the storage and transaction engine
   */
  public HistoryService(Engine engine) {
    this.engine = Checks.required(engine, "engine");
  }

  /**
   * {@return the history of a referral, oldest first}
   *
   * @param actor who asks
   * @param id the referral
   * @throws org.liens.shared.NotFoundException if there is none
   */
  public List<HistoryEntry> of(Actor actor, ReferralId id) {
    Checks.required(id, "id");
    return history(actor, id.value(), r -> Targets.of(r.referrals().get(id)));
  }

  /**
   * {@return the history of an accompaniment, oldest first}
   *
   * @param actor who asks
   * @param id the accompaniment
   * @throws org.liens.shared.NotFoundException if there is none
   */
  public List<HistoryEntry> of(Actor actor, AccompanimentId id) {
    Checks.required(id, "id");
    return history(actor, id.value(), r -> Targets.of(r.accompaniments().get(id)));
  }

  /**
   * {@return the history of a funding agreement, oldest first: it has no states, only events}
   *
   * @param actor who asks
   * @param id the agreement
   * @throws org.liens.shared.NotFoundException if there is none
   */
  public List<HistoryEntry> of(Actor actor, AgreementId id) {
    Checks.required(id, "id");
    return history(actor, id.value(), r -> Targets.of(r.fundingAgreements().get(id)));
  }

  /**
   * {@return the history of an invoice, oldest first}
   *
   * @param actor who asks
   * @param id the invoice
   * @throws org.liens.shared.NotFoundException if there is none
   */
  public List<HistoryEntry> of(Actor actor, InvoiceId id) {
    Checks.required(id, "id");
    return history(actor, id.value(), r -> Targets.of(r.invoices().get(id)));
  }

  private List<HistoryEntry> history(Actor actor, UUID id, Function<Repositories, AccessTarget> target) {
    return engine.read(actor, Operation.HISTORY_READ, (gate, repositories) -> {
      gate.check(target.apply(repositories));
      return StateHistory.of(repositories.outbox().ofAggregate(id));
    });
  }
}
