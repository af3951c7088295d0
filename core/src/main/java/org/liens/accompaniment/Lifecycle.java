package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.catalog.ExitReason;
import org.liens.shared.Checks;

/**
 * Where an accompaniment stands in its lifecycle (R2, R6, R8), each state holding only the fields it has, so an
 * impossible combination cannot be built: {@link Validated} (in the active caseload, no first appointment yet)
 * → {@link Active} (the first appointment fixed the {@link FollowUp}) → {@link Closed} (with its action report);
 * from either open state, {@link Cancelled} (with a reason) or {@link Succeeded} (a MADI took over, R6). Treat as
 * a value type.
 */
public sealed interface Lifecycle {
  /** {@return the status this state stands for} */
  default AccompanimentStatus status() {
    return this instanceof Validated ? AccompanimentStatus.VALIDATED
        : this instanceof Active ? AccompanimentStatus.ACTIVE
        : this instanceof Closed ? AccompanimentStatus.CLOSED
        : this instanceof Cancelled ? AccompanimentStatus.CANCELLED
        : AccompanimentStatus.SUCCEEDED;
  }

  /** {@return the follow-up, once the first appointment was fixed} */
  Optional<FollowUp> started();

  /** {@return when it was closed, cancelled or succeeded; empty while open} */
  default Optional<LocalDate> endedOn() {
    return Optional.empty();
  }

  /** A terminal state (R8): ended {@code on} a date, never before the last recorded contact. */
  sealed interface Ended extends Lifecycle {
    /** {@return the day it ended} */
    LocalDate on();

    /** {@return the code of the reason it ended with, from the catalogue's {@code ExitReasons} (issue 12)} */
    String exitReason();

    @Override
    default Optional<LocalDate> endedOn() {
      return Optional.of(on());
    }

    private static void check(Optional<FollowUp> started, LocalDate on) {
      Checks.required(on, "on");
      Consistency.check(started.flatMap(FollowUp::lastContact).filter(on::isBefore).isEmpty(),
          "an accompaniment ends on or after its last contact");
    }
  }

  /** Validated into the active caseload (R8), waiting for its first appointment: no period, no contact yet. */
  record Validated() implements Lifecycle {
    @Override
    public Optional<FollowUp> started() {
      return Optional.empty();
    }
  }

  /** Started by its first appointment (R2): contacts and documents are recorded on its follow-up. */
  record Active(FollowUp followUp) implements Lifecycle {
    /**
     * Checks the components: {@code followUp} required.
     *
     * @param followUp the follow-up the first appointment opened
     */
    public Active {
      Checks.required(followUp, "followUp");
    }

    @Override
    public Optional<FollowUp> started() {
      return Optional.of(followUp);
    }
  }

  /** Closed {@code on} a date with its action report (R8), for an exit reason. */
  record Closed(FollowUp followUp, LocalDate on, String exitReason) implements Ended {
    /**
     * Checks the components: {@code followUp} required, {@code exitReason} a well-formed code; and the rules stated
     * for the type.
     *
     * @param followUp the follow-up, which holds the action report
     * @param on the closing date, not before the first appointment
     * @param exitReason the code of the reason it was closed for
     */
    public Closed {
      Checks.required(followUp, "followUp");
      exitReason = ExitReason.checkedCode(exitReason);
      Consistency.check(followUp.documents().actionReport().isPresent(), "closed without an action report");
      Ended.check(Optional.of(followUp), on);
    }

    /**
     * A closure for the default reason, {@link ExitReason#OBJECTIVES_REACHED}.
     *
     * @param followUp the follow-up, which holds the action report
     * @param on the closing date, not before the first appointment
     */
    public Closed(FollowUp followUp, LocalDate on) {
      this(followUp, on, ExitReason.OBJECTIVES_REACHED);
    }

    @Override
    public Optional<FollowUp> started() {
      return Optional.of(followUp);
    }
  }

  /**
   * Cancelled {@code on} a date, before or after the first appointment, for a reason (free text, redacted from
   * {@code toString()}).
   */
  record Cancelled(Optional<FollowUp> started, LocalDate on, String reason, String exitReason) implements Ended {
    /**
     * Checks the components: {@code reason} required, {@code exitReason} a well-formed code; {@code started} an
     * {@code Optional}, never null; and the rules stated for the type.
     *
     * @param started the follow-up if the first appointment took place, else empty
     * @param on the cancellation date
     * @param reason why, as free text (personal data)
     * @param exitReason the code of the exit reason it was cancelled for
     */
    public Cancelled {
      Checks.optional(started, "started");
      Checks.required(reason, "reason");
      exitReason = ExitReason.checkedCode(exitReason);
      Ended.check(started, on);
    }

    @Override
    public String toString() {
      return "Cancelled[started=" + started + ", on=" + on + ", reason=****, exitReason=" + exitReason + "]";
    }
  }

  /** Succeeded {@code on} a date by the MADI {@code successor}, which keeps the team (R6). */
  record Succeeded(Optional<FollowUp> started, LocalDate on, AccompanimentId successor) implements Ended {
    /**
     * Checks the components: {@code successor} required; {@code started} an {@code Optional}, never null; and the
     * rules stated for the type.
     *
     * @param started the follow-up if the first appointment took place, else empty
     * @param on the day the successor took over
     * @param successor the MADI accompaniment that follows this one
     */
    public Succeeded {
      Checks.optional(started, "started");
      Checks.required(successor, "successor");
      Ended.check(started, on);
    }

    /** {@return always {@link ExitReason#SUCCESSION}: a MADI took over (R6)} */
    @Override
    public String exitReason() {
      return ExitReason.SUCCESSION;
    }
  }
}
