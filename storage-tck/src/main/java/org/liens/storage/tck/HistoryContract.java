package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.Invoice;
import org.liens.history.HistoryEntry;
import org.liens.referral.Referral;
import org.liens.storage.Storage;

/**
 * Who changed what, when and why (issue 14): on a whole casebook, the history of every referral, accompaniment and
 * invoice replays to its stored status, each step starting where the previous ended, with the actor who acted; an
 * agreement's history lists its events without states.
 */
public interface HistoryContract extends StorageFactory {

  /** Contract (history): every aggregate's history replays to its stored state, on every adapter. */
  @Test
  default void every_history_of_a_casebook_replays_to_the_stored_state() {
    Storage storage = newStorage();
    Casebook book = Casebook.write(storage, 15L);
    Liens liens = book.liens;
    List<Referral> referrals = storage.read(r -> book.accompaniments().stream()
        .map(a -> r.referrals().get(r.accompaniments().get(a.id()).referral())).toList());
    for (Referral referral : referrals) {
      replays(liens.history().of(Casebook.COORDINATOR, referral.id()), Optional.of(referral.status().name()));
    }
    for (Referral referral : List.of(book.received, book.assessed, book.rejected, book.expired.orElseThrow())) {
      replays(liens.history().of(Casebook.COORDINATOR, referral.id()), Optional.of(referral.status().name()));
    }
    for (Accompaniment a : book.accompaniments()) {
      Accompaniment stored = storage.read(r -> r.accompaniments().get(a.id()));
      replays(liens.history().of(Casebook.COORDINATOR, a.id()), Optional.of(stored.status().name()));
    }
    for (Invoice invoice : book.invoices) {
      Invoice stored = storage.read(r -> r.invoices().get(invoice.id()));
      replays(liens.history().of(Casebook.COORDINATOR, invoice.id()), Optional.of(stored.status().name()));
    }
    for (FundingAgreement agreement : book.agreements) {
      List<HistoryEntry> history = liens.history().of(Casebook.COORDINATOR, agreement.id());
      assertThat(history).isNotEmpty().allMatch(e -> e.to().isEmpty() && !e.changesState());
      assertThat(history.get(0).event()).isEqualTo("FundingAgreementConcluded");
    }
    assertThat(liens.history().of(Casebook.COORDINATOR, book.expired.orElseThrow().id()))
        .last().extracting(HistoryEntry::reason).isEqualTo(Optional.of("NOT_ASSESSED_IN_TIME"));
  }

  private static void replays(List<HistoryEntry> history, Optional<String> stored) {
    assertThat(history).isNotEmpty();
    assertThat(history.get(0).from()).isEmpty();
    assertThat(history.get(0).changesState()).isTrue();
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).to());
      assertThat(history.get(i).at()).isAfterOrEqualTo(history.get(i - 1).at());
    }
    assertThat(history.get(history.size() - 1).to()).isEqualTo(stored);
    assertThat(history).allMatch(e -> e.userId().equals(Casebook.COORDINATOR.userId()));
  }
}
