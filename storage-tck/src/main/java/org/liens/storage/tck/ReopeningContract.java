package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.access.AccessDeniedException;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.ReopenReason;
import org.liens.accompaniment.ReopeningWindow;
import org.liens.history.HistoryEntry;
import org.liens.household.PersonId;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.storage.Storage;

/**
 * Reopening a closed accompaniment (issue 14), on every adapter: within the window by a coordinator, the reason kept
 * in its history; refused after the window, for a cancelled one, and for anyone but a coordinator, storing nothing;
 * the person's export holds the histories of the household's referrals and accompaniments.
 */
public interface ReopeningContract extends StorageFactory {

  /**
   * Contract (reopening): the whole rule on a casebook's closed and cancelled accompaniments.
   *
   * @throws Exception if the export is not JSON
   */
  @Test
  default void a_closed_accompaniment_is_reopened_within_its_window_only() throws Exception {
    Storage storage = newStorage();
    Casebook book = Casebook.write(storage, 17L);
    Accompaniment closed = book.mapaClosed;
    Liens late = Liens.builder().storage(storage).clock(new TestClock(closed.endedOn().orElseThrow().plusDays(11)))
        .reopeningWindow(ReopeningWindow.ofDays(10)).build();
    Liens liens = Liens.builder().storage(storage).clock(new TestClock(closed.endedOn().orElseThrow().plusDays(10)))
        .reopeningWindow(ReopeningWindow.ofDays(10)).build();

    assertThat(codeOf(() -> late.accompaniments().reopen(Casebook.COORDINATOR, closed.id(), ReopenReason.NEW_EVENT)))
        .isEqualTo(ErrorCode.REOPEN_WINDOW_PASSED);
    assertThat(codeOf(() -> liens.accompaniments().reopen(Casebook.COORDINATOR, book.mipCancelled.id(),
        ReopenReason.CLOSED_IN_ERROR))).isEqualTo(ErrorCode.REOPEN_CANCELLED);
    assertThat(codeOf(() -> liens.accompaniments().reopen(Casebook.COORDINATOR, book.madiActive.id(),
        ReopenReason.CLOSED_IN_ERROR))).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    Actor educator = Actor.staff("educator", Role.EDUCATOR, closed.team().get(0));
    assertThatThrownBy(() -> liens.accompaniments().reopen(educator, closed.id(), ReopenReason.NEW_EVENT))
        .isInstanceOf(AccessDeniedException.class);
    Accompaniment unchanged = storage.read(r -> r.accompaniments().get(closed.id()));
    assertThat(unchanged).isEqualTo(closed);

    Accompaniment reopened = liens.accompaniments().reopen(Casebook.COORDINATOR, closed.id(), ReopenReason.NEW_EVENT);
    assertThat(reopened.status()).isEqualTo(AccompanimentStatus.ACTIVE);
    assertThat(reopened.contacts()).isEqualTo(closed.contacts());
    assertThat(reopened.actionReport()).isEqualTo(closed.actionReport());
    Accompaniment stored = storage.read(r -> r.accompaniments().get(closed.id()));
    assertThat(stored).isEqualTo(reopened);
    List<HistoryEntry> history = liens.history().of(Casebook.COORDINATOR, closed.id());
    HistoryEntry last = history.get(history.size() - 1);
    assertThat(last.event()).isEqualTo("AccompanimentReopened");
    assertThat(last.from()).contains("CLOSED");
    assertThat(last.to()).contains("ACTIVE");
    assertThat(last.reason()).contains("NEW_EVENT");

    PersonId person = storage.read(r -> r.households().get(closed.household())).profile().personIds().iterator().next();
    JsonNode export = new ObjectMapper().readTree(
        liens.privacy().export(Casebook.COORDINATOR, closed.household(), person));
    List<String> events = new ArrayList<>();
    for (JsonNode h : export.get("histories")) {
      if (h.get("id").asText().equals(closed.id().value().toString())) {
        h.get("entries").forEach(e -> events.add(e.get("event").asText()));
      }
    }
    assertThat(events).isEqualTo(history.stream().map(HistoryEntry::event).toList());
    assertThat(export.get("histories")).anySatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("REFERRAL"));
  }

  private static ErrorCode codeOf(Runnable call) {
    try {
      call.run();
    } catch (LiensException e) {
      return e.code();
    }
    throw new AssertionError("not refused");
  }
}
