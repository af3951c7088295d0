package org.liens.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.AccompanimentCancelled;
import org.liens.accompaniment.AccompanimentClosed;
import org.liens.accompaniment.AccompanimentOpened;
import org.liens.accompaniment.AccompanimentReopened;
import org.liens.accompaniment.AccompanimentStarted;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.AccompanimentSucceeded;
import org.liens.billing.InvoiceDiscarded;
import org.liens.billing.InvoiceDrafted;
import org.liens.billing.InvoiceIssued;
import org.liens.billing.InvoiceStatus;
import org.liens.event.DomainEvent;
import org.liens.event.EventPayload;
import org.liens.referral.ReferralAssessed;
import org.liens.referral.ReferralExpired;
import org.liens.referral.ReferralReceived;
import org.liens.referral.ReferralRejected;
import org.liens.referral.ReferralStatus;
import org.liens.referral.ReferralValidated;
import org.liens.shared.Checks;

/**
 * Replays the events of one aggregate into its history (issue 14): each event gives one {@link HistoryEntry}, whose
 * state before is the state after the previous one. The events that move a state are the transitions of R8: a
 * referral received, assessed, validated, rejected or expired; an accompaniment opened ({@code VALIDATED}), started,
 * closed, cancelled or succeeded; an invoice drafted, issued or discarded. Other events (a contact recorded, a place
 * taken) keep the state.
 */
public final class StateHistory {
  private StateHistory() {}

  /**
   * {@return the history told by {@code events}, in their order}
   *
   * @param events the events of one aggregate, in append order
   */
  public static List<HistoryEntry> of(List<DomainEvent> events) {
    Optional<String> state = Optional.empty();
    List<HistoryEntry> entries = new ArrayList<>();
    for (DomainEvent event : Checks.listOf(events, "events")) {
      Optional<String> after = stateAfter(event.payload());
      Optional<String> to = after.isPresent() ? after : state;
      entries.add(new HistoryEntry(event.occurredAt(), event.actor().userId(), event.actor().role(), event.type(),
          state, to, reason(event.payload())));
      state = to;
    }
    return List.copyOf(entries);
  }

  /** The state an event moves its aggregate to, if it moves it. */
  static Optional<String> stateAfter(EventPayload payload) {
    Enum<?> state = null;
    if (payload instanceof ReferralReceived) {
      state = ReferralStatus.RECEIVED;
    } else if (payload instanceof ReferralAssessed) {
      state = ReferralStatus.ASSESSED;
    } else if (payload instanceof ReferralValidated) {
      state = ReferralStatus.VALIDATED;
    } else if (payload instanceof ReferralRejected) {
      state = ReferralStatus.REJECTED;
    } else if (payload instanceof ReferralExpired) {
      state = ReferralStatus.EXPIRED;
    } else if (payload instanceof AccompanimentOpened) {
      state = AccompanimentStatus.VALIDATED;
    } else if (payload instanceof AccompanimentStarted) {
      state = AccompanimentStatus.ACTIVE;
    } else if (payload instanceof AccompanimentClosed) {
      state = AccompanimentStatus.CLOSED;
    } else if (payload instanceof AccompanimentCancelled) {
      state = AccompanimentStatus.CANCELLED;
    } else if (payload instanceof AccompanimentReopened) {
      state = AccompanimentStatus.ACTIVE;
    } else if (payload instanceof AccompanimentSucceeded) {
      state = AccompanimentStatus.SUCCEEDED;
    } else if (payload instanceof InvoiceDrafted) {
      state = InvoiceStatus.DRAFT;
    } else if (payload instanceof InvoiceIssued) {
      state = InvoiceStatus.ISSUED;
    } else if (payload instanceof InvoiceDiscarded) {
      state = InvoiceStatus.DISCARDED;
    }
    return Optional.ofNullable(state).map(Enum::name);
  }

  /** The coded reason an event carries, if any. */
  private static Optional<String> reason(EventPayload payload) {
    if (payload instanceof ReferralExpired expired) {
      return Optional.of(expired.reason().name());
    }
    if (payload instanceof AccompanimentReopened reopened) {
      return Optional.of(reopened.reason().name());
    }
    return Optional.empty();
  }
}
