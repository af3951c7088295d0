package org.liens.storage.memory;

import java.time.Instant;
import java.util.List;
import org.liens.audit.AuditEntry;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.storage.AuditTrail;

/**
 * The audit trail, in the transaction like every other table: an entry appended in a transaction that rolls back is
 * gone, and a purge that rolls back puts its entries back. Append-only: there is no way to change an entry.
 */
final class AuditRepository implements AuditTrail {
  private final Session session;
  private final AuditLog log;

  AuditRepository(Session session) {
    this.session = session;
    this.log = session.store.audit;
  }

  @Override
  public void append(AuditEntry entry) {
    Checks.required(entry, "entry");
    Journal journal = session.writable();
    if (!log.add(entry)) {
      throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, "audit entry " + entry.id() + " already exists");
    }
    journal.onRollback(() -> log.remove(entry));
  }

  @Override
  public List<AuditEntry> ofHousehold(HouseholdId household, Instant from, Instant to) {
    session.usable();
    return log.ofHousehold(Checks.required(household, "household"), Checks.required(from, "from"),
        Checks.required(to, "to"));
  }

  @Override
  public List<AuditEntry> ofPerson(PersonId person, Instant from, Instant to) {
    session.usable();
    return log.ofPerson(Checks.required(person, "person"), Checks.required(from, "from"), Checks.required(to, "to"));
  }

  @Override
  public List<AuditEntry> ofActor(String userId, Instant from, Instant to) {
    session.usable();
    return log.ofActor(Checks.required(userId, "userId"), Checks.required(from, "from"), Checks.required(to, "to"));
  }

  @Override
  public int purgeBefore(Instant before) {
    Checks.required(before, "before");
    Journal journal = session.writable();
    List<AuditEntry> old = log.before(before);
    log.removeAll(old);
    journal.onRollback(() -> old.forEach(log::add));
    return old.size();
  }
}
