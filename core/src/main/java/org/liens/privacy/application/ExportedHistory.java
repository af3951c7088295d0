package org.liens.privacy.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liens.accompaniment.Accompaniment;
import org.liens.history.HistoryEntry;
import org.liens.history.StateHistory;
import org.liens.referral.Referral;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.Repositories;

/**
 * The state history of one referral or accompaniment in an export (issue 14): the entries {@code liens.history()}
 * gives for it ({@link StateHistory}), oldest first. Invoices are never in it: they name organisations and files,
 * never a person.
 *
 * @param kind {@link AggregateKind#REFERRAL} or {@link AggregateKind#ACCOMPANIMENT}
 * @param id the aggregate's id
 * @param entries its history, oldest first
 */
public record ExportedHistory(AggregateKind kind, UUID id, List<HistoryEntry> entries) {
  /**
   * Checks the components: all required.
   *
   * @param kind {@link AggregateKind#REFERRAL} or {@link AggregateKind#ACCOMPANIMENT}
   * @param id the aggregate's id
   * @param entries its history, oldest first
   */
  public ExportedHistory {
    Checks.requiredAll("kind, id", kind, id);
    entries = Checks.listOf(entries, "entries");
  }

  /** The histories of these referrals, then of these accompaniments, in their order, read from the outbox. */
  static List<ExportedHistory> of(Repositories r, List<Referral> referrals, List<Accompaniment> accompaniments) {
    List<ExportedHistory> histories = new ArrayList<>();
    for (Referral referral : referrals) {
      histories.add(of(r, AggregateKind.REFERRAL, referral.id().value()));
    }
    for (Accompaniment accompaniment : accompaniments) {
      histories.add(of(r, AggregateKind.ACCOMPANIMENT, accompaniment.id().value()));
    }
    return List.copyOf(histories);
  }

  private static ExportedHistory of(Repositories r, AggregateKind kind, UUID id) {
    return new ExportedHistory(kind, id, StateHistory.of(r.outbox().ofAggregate(id)));
  }
}
