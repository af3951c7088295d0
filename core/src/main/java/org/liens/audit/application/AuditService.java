package org.liens.audit.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiFunction;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditPolicy;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.internal.Engine;
import org.liens.internal.Gate;
import org.liens.shared.Bounds;
import org.liens.shared.Checks;
import org.liens.storage.Repositories;

/**
 * Reads and purges the audit trail (issue 9): who read or changed the data of a household or a person, and what an
 * actor did, over a period; and the purge of entries past their retention ({@link AuditPolicy}). Obtain it from
 * {@code Liens#audit()}. The queries are meant for coordinators, the purge for the {@code SYSTEM} actor of a batch
 * job; what each role may call follows from the access policy.
 */
public final class AuditService {
  private final Engine engine;
  private final AuditPolicy policy;

  /**
   * Not API: obtain it from {@code Liens}; the constructor takes internal plumbing and may change.
   *
   * @param engine the storage, clock and ids assembled by {@code Liens}
   * @param policy how long entries are kept
   */
  public AuditService(Engine engine, AuditPolicy policy) {
    this.engine = Checks.required(engine, "engine");
    this.policy = Checks.required(policy, "policy");
  }

  /** {@return how long entries are kept} */
  public AuditPolicy policy() {
    return policy;
  }

  /**
   * The entries that name a household, by time then id.
   *
   * @param actor who asks
   * @param household the household
   * @param from the first instant, included
   * @param to the last instant, excluded
   * @return the entries, possibly none
   * @throws org.liens.shared.InvalidInputException if a value is missing or {@code from} is after {@code to}
   */
  public List<AuditEntry> ofHousehold(Actor actor, HouseholdId household, Instant from, Instant to) {
    Checks.required(household, "household");
    period(from, to);
    return trail(actor, (gate, r) -> r.auditTrail().ofHousehold(household, from, to));
  }

  /**
   * The entries that name a person, by time then id.
   *
   * @param actor who asks
   * @param person the person
   * @param from the first instant, included
   * @param to the last instant, excluded
   * @return the entries, possibly none
   * @throws org.liens.shared.InvalidInputException if a value is missing or {@code from} is after {@code to}
   */
  public List<AuditEntry> ofPerson(Actor actor, PersonId person, Instant from, Instant to) {
    Checks.required(person, "person");
    period(from, to);
    return trail(actor, (gate, r) -> r.auditTrail().ofPerson(person, from, to));
  }

  /**
   * What one user did, by time then id.
   *
   * @param actor who asks
   * @param userId the host's id of the user whose entries are read
   * @param from the first instant, included
   * @param to the last instant, excluded
   * @return the entries, possibly none
   * @throws org.liens.shared.InvalidInputException if a value is missing, {@code userId} is not a user id (blank,
   *     longer than 200 characters, a control character: README "Input bounds"), or {@code from} is after {@code to}
   */
  public List<AuditEntry> ofActor(Actor actor, String userId, Instant from, Instant to) {
    String user = Checks.name(userId, "userId");
    period(from, to);
    return trail(actor, (gate, r) -> r.auditTrail().ofActor(user, from, to));
  }

  /**
   * Deletes every entry past its retention as of {@code asOf}: those before {@link AuditPolicy#keptFrom}. Meant for
   * a host's batch job, run as {@code Actor.system()}; running it twice deletes nothing more.
   *
   * @param actor who runs the purge
   * @param asOf the instant the retention is counted back from; not after the Liens clock's now, so that a wrong
   *     date cannot delete entries still inside their retention
   * @return how many entries were deleted
   * @throws org.liens.shared.InvalidInputException if a value is missing, or {@code asOf} is in the future or before
   *     1900-01-01 (UTC)
   */
  public int purge(Actor actor, Instant asOf) {
    Checks.required(actor, "actor");
    Checks.required(asOf, "asOf");
    Checks.check(!asOf.isBefore(Bounds.EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant()),
        "asOf must not be before " + Bounds.EARLIEST_DATE);
    Checks.check(!asOf.isAfter(engine.clock().instant()), "asOf must not be in the future");
    Instant keptFrom = policy.keptFrom(asOf, engine.clock().getZone());
    return engine.write(actor, Operation.AUDIT_PURGE, work -> {
      work.gate().check(AccessTarget.NONE);
      return work.repositories().auditTrail().purgeBefore(keptFrom);
    });
  }

  /** The audit trail is read in the scope of the whole organisation only (the coordinator, in the standard policy). */
  private List<AuditEntry> trail(Actor actor, BiFunction<Gate, Repositories, List<AuditEntry>> query) {
    return engine.read(actor, Operation.AUDIT_READ, (gate, repositories) -> {
      gate.check(AccessTarget.NONE);
      return query.apply(gate, repositories);
    });
  }

  private static void period(Instant from, Instant to) {
    Checks.required(from, "from");
    Checks.required(to, "to");
    Checks.check(!from.isAfter(to), "from must not be after to");
  }
}
