package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.RuleViolationException;

/** How a closed accompaniment is reopened (issue 14): the rules of {@link Accompaniment#reopen}. */
final class Reopening {
  private Reopening() {}

  static Change<Accompaniment> reopen(
      Accompaniment accompaniment, ReopeningWindow window, ReopenReason reason, LocalDate today) {
    Checks.required(window, "window");
    Checks.required(reason, "reason");
    Checks.required(today, "today");
    Lifecycle lifecycle = accompaniment.lifecycle();
    if (lifecycle instanceof Lifecycle.Cancelled) {
      throw new RuleViolationException(ErrorCode.REOPEN_CANCELLED,
          "a cancelled accompaniment is not reopened: the family is referred again");
    }
    if (!(lifecycle instanceof Lifecycle.Closed closed)) {
      throw new IllegalTransitionException(ErrorCode.ILLEGAL_TRANSITION,
          "cannot reopen an accompaniment that is " + accompaniment.status());
    }
    if (today.isAfter(window.lastDay(closed.on())) || today.isBefore(closed.on())) {
      throw new RuleViolationException(ErrorCode.REOPEN_WINDOW_PASSED,
          "a closed accompaniment is reopened within " + window.days() + " days of its closure");
    }
    Accompaniment active = Accompaniment.builder().from(accompaniment).status(AccompanimentStatus.ACTIVE)
        .clearEndedOn().clearExitReason().build(); // the same follow-up: period, contacts, documents
    return Change.of(active,
        new AccompanimentReopened(accompaniment.id(), today, closed.on(), reason));
  }
}
