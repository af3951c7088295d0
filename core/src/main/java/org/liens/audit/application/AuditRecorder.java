package org.liens.audit.application;

import java.time.Clock;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Supplier;
import org.liens.access.Actor;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditOutcome;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.shared.Checks;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;

/**
 * Writes the audit trail (issue 9): builds each entry from the actor, an operation code, the subjects and the
 * outcome, stamped by the Liens clock and id supplier, and appends it through the {@link Repositories} of a
 * transaction.
 *
 * <ul>
 *   <li>{@link #append} writes inside the caller's transaction: the entry of an allowed change commits or rolls back
 *       with the change it records.
 *   <li>{@link #record} writes in a transaction of its own (or joins the one open on this thread): for reads, which
 *       run in read-only transactions, and for denials, whose operation throws and rolls its own transaction back.
 *       Call it outside {@link Storage#read}, which refuses writes.
 * </ul>
 *
 * <p>Entries hold ids and codes only; the operation code says what was done, never with which values.
 */
public final class AuditRecorder {
  private final Storage storage;
  private final Clock clock;
  private final Supplier<UUID> ids;

  /**
   * A recorder over one storage, with the clock and the ids of the Liens instance that owns it.
   *
   * @param storage where entries are appended
   * @param clock what stamps {@link AuditEntry#at()}
   * @param ids where entry ids come from
   */
  public AuditRecorder(Storage storage, Clock clock, Supplier<UUID> ids) {
    this.storage = Checks.required(storage, "storage");
    this.clock = Checks.required(clock, "clock");
    this.ids = Checks.required(ids, "ids");
  }

  /**
   * Builds an entry stamped now, with a new id; stores nothing.
   *
   * @param actor who asked
   * @param operation a stable code such as {@code "accompaniment.record-home-visit"}
   * @param households the households read or changed, possibly none
   * @param persons the persons read or changed, possibly none
   * @param outcome allowed or denied
   * @return the entry
   * @throws org.liens.shared.InvalidInputException if a value is missing or the operation is not a code
   */
  public AuditEntry entry(Actor actor, String operation, Collection<HouseholdId> households,
      Collection<PersonId> persons, AuditOutcome outcome) {
    return new AuditEntry(ids.get(), clock.instant(), actor, operation, Checks.setOf(households, "households"),
        Checks.setOf(persons, "persons"), outcome);
  }

  /**
   * Appends an entry inside the caller's transaction.
   *
   * @param repositories the repositories of the caller's write transaction
   * @param actor who asked
   * @param operation a stable code such as {@code "accompaniment.record-home-visit"}
   * @param households the households read or changed, possibly none
   * @param persons the persons read or changed, possibly none
   * @param outcome allowed or denied
   * @return the entry appended
   */
  public AuditEntry append(Repositories repositories, Actor actor, String operation,
      Collection<HouseholdId> households, Collection<PersonId> persons, AuditOutcome outcome) {
    Checks.required(repositories, "repositories");
    AuditEntry entry = entry(actor, operation, households, persons, outcome);
    repositories.auditTrail().append(entry);
    return entry;
  }

  /**
   * Appends an entry in a transaction of its own, or in the one open on this thread.
   *
   * @param actor who asked
   * @param operation a stable code such as {@code "accompaniment.get"}
   * @param households the households read, possibly none
   * @param persons the persons read, possibly none
   * @param outcome allowed or denied
   * @return the entry appended, once committed (or once appended, when joining a transaction)
   */
  public AuditEntry record(Actor actor, String operation, Collection<HouseholdId> households,
      Collection<PersonId> persons, AuditOutcome outcome) {
    AuditEntry entry = entry(actor, operation, households, persons, outcome);
    return storage.inTransaction(repositories -> {
      repositories.auditTrail().append(entry);
      return entry;
    });
  }
}
