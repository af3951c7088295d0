package org.liens.audit;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.liens.access.Actor;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.shared.Checks;

/**
 * One line of the audit trail: who (the actor's ids, role and organisation), when (the injected clock), which
 * operation, on which subjects (household and person ids) and with what outcome. It holds ids and codes only, never
 * a name or a free text (CNIL référentiel for social and medico-social support: access logs with as little personal
 * data as possible).
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
  private static final Pattern OPERATION = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");
  private static final int MAX_OPERATION = 100;

  public AuditEntry {
    Checks.required(id, "id");
    Checks.required(at, "at");
    Checks.required(actor, "actor");
    Checks.required(operation, "operation");
    Checks.check(operation.length() <= MAX_OPERATION && OPERATION.matcher(operation).matches(),
        "operation: lower-case words separated by dots or dashes, at most " + MAX_OPERATION + " characters");
    households = Checks.setOf(households, "households");
    persons = Checks.setOf(persons, "persons");
    Checks.required(outcome, "outcome");
  }
}
