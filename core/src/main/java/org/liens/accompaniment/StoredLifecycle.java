package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.shared.Checks;

/** Maps the stored fields of an accompaniment to its {@link Lifecycle} state, for {@link AccompanimentBuilder}. */
final class StoredLifecycle {
  private StoredLifecycle() {}

  /**
   * {@return the state that the stored fields describe, for storage adapters (see {@link Accompaniment#builder()}); a
   * closure or cancellation stored without an exit reason (before issue 12) gets its command's default: objectives
   * reached, other}
   *
   * @throws IllegalStateException if the fields contradict {@code status}
   */
  static Lifecycle of(AccompanimentStatus status, Optional<FollowUp> started, Optional<LocalDate> endedOn,
      Optional<String> cancellationReason, Optional<AccompanimentId> successor, Optional<String> exitReason) {
    Checks.required(status, "status");
    Consistency.check(status.isOpen() != endedOn.isPresent(), "endedOn is set exactly when the accompaniment has ended");
    Consistency.check((status == AccompanimentStatus.CANCELLED) == cancellationReason.isPresent(), "cancellation reason");
    Consistency.check((status == AccompanimentStatus.SUCCEEDED) == successor.isPresent(), "successor");
    Consistency.check(status != AccompanimentStatus.VALIDATED || started.isEmpty(),
        "a validated accompaniment has not started");
    Consistency.check(exitReason.isEmpty() || status == AccompanimentStatus.CLOSED
        || status == AccompanimentStatus.CANCELLED, "only a closure or a cancellation stores its exit reason");
    String needsPeriod = "an active or closed accompaniment has a period";
    return switch (status) {
      case VALIDATED -> new Lifecycle.Validated();
      case ACTIVE -> new Lifecycle.Active(started.orElseThrow(() -> Consistency.inconsistent(needsPeriod)));
      case CLOSED -> new Lifecycle.Closed(started.orElseThrow(() -> Consistency.inconsistent(needsPeriod)), endedOn.get(),
          exitReason.orElse(org.liens.catalog.ExitReason.OBJECTIVES_REACHED));
      case CANCELLED -> new Lifecycle.Cancelled(started, endedOn.get(), cancellationReason.get(),
          exitReason.orElse(org.liens.catalog.ExitReason.OTHER));
      case SUCCEEDED -> new Lifecycle.Succeeded(started, endedOn.get(), successor.get());
    };
  }
}
