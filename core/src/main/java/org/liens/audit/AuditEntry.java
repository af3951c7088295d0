package org.liens.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import org.liens.access.Actor;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.shared.Bounds;
import org.liens.shared.Checks;

/**
 * One line of the audit trail: who (the actor's ids, role and organisation), when (the injected clock), which
 * operation, on which subjects (household and person ids) and with what outcome. It holds ids and codes only, never
 * a name or a free text (CNIL référentiel for social and medico-social support: access logs with as little personal
 * data as possible).
 *
 * <p>So that every adapter stores and returns it alike, {@code at} is truncated to the microsecond and lies within
 * the dates of {@link Bounds}; the actor's user id is at most {@value Bounds#NAME_MAX} characters without control
 * characters (as a name).
 *
 * @param id the entry's own id
 * @param at when the operation was asked for
 * @param actor who asked
 * @param operation a stable code such as {@code "accompaniment.record-home-visit"}: lower-case words, dots and dashes
 * @param households the households the operation read or changed, possibly none
 * @param persons the persons the operation read or changed, possibly none
 * @param outcome allowed or denied
 */
public record AuditEntry(
    UUID id,
    Instant at,
    Actor actor,
    String operation,
    Set<HouseholdId> households,
    Set<PersonId> persons,
    AuditOutcome outcome) {
  private static final int MAX_OPERATION = 100;
  /** The earliest {@link #at()}: the start of {@link Bounds#EARLIEST_DATE}, UTC. */
  public static final Instant EARLIEST = Bounds.EARLIEST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
  /** The first instant after the latest {@link #at()}: the day after {@link Bounds#LATEST_DATE}, UTC. */
  public static final Instant END = Bounds.LATEST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

  /**
   * The order of every query of the trail: by time, then by id in its text form (the order of the databases). The
   * text form is fixed-width lower-case hexadecimal, so its order is the unsigned order of the two halves: compared
   * without writing the texts.
   */
  public static final Comparator<AuditEntry> ORDER = (a, b) -> {
    int byTime = a.at().compareTo(b.at());
    if (byTime != 0) {
      return byTime;
    }
    int high = Long.compareUnsigned(a.id().getMostSignificantBits(), b.id().getMostSignificantBits());
    return high != 0 ? high
        : Long.compareUnsigned(a.id().getLeastSignificantBits(), b.id().getLeastSignificantBits());
  };

  /**
   * Checks and normalises the entry.
   *
   * @throws org.liens.shared.InvalidInputException if a value is missing, the operation is not a code, {@code at}
   *     is outside the bounds or the user id is too long
   * @param id the entry's own id
   * @param at when the operation was asked for
   * @param actor who asked
   * @param operation a stable code such as {@code "accompaniment.record-home-visit"}: lower-case words, dots and dashes
   * @param households the households the operation read or changed, possibly none
   * @param persons the persons the operation read or changed, possibly none
   * @param outcome allowed or denied
   */
  public AuditEntry {
    Checks.required(id, "id");
    at = Checks.required(at, "at").truncatedTo(ChronoUnit.MICROS);
    Checks.check(!at.isBefore(EARLIEST) && at.isBefore(END), "at: outside the dates Liens accepts");
    Checks.required(actor, "actor");
    Checks.name(actor.userId(), "actor.userId");
    Checks.required(operation, "operation");
    Checks.check(operation.length() <= MAX_OPERATION && isOperationCode(operation),
        "operation: lower-case words separated by dots or dashes, at most " + MAX_OPERATION + " characters");
    households = Checks.setOf(households, "households");
    persons = Checks.setOf(persons, "persons");
    Checks.required(outcome, "outcome");
  }

  /**
   * Whether {@code code} matches {@code [a-z][a-z0-9]*([.-][a-z0-9]+)*}: lower-case words of letters and digits, the
   * first starting with a letter, joined by single dots or dashes. Written out rather than a regular expression,
   * since every call of every use case appends an entry (issue 13); {@code AuditEntryProperties} checks it against
   * that expression.
   */
  static boolean isOperationCode(String code) {
    if (code.isEmpty() || code.charAt(0) < 'a' || code.charAt(0) > 'z') {
      return false;
    }
    boolean afterSeparator = false;
    for (int i = 1; i < code.length(); i++) {
      char c = code.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterSeparator = false;
      } else if ((c == '.' || c == '-') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }
}
