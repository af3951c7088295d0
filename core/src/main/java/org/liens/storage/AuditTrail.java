package org.liens.storage;

import java.time.Instant;
import java.util.List;
import org.liens.audit.AuditEntry;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;

/**
 * The append-only audit trail (issue 9). Entries are appended inside the transaction of the operation they record, so
 * an operation that rolls back leaves no "allowed" entry behind. Queries cover {@code [from, to)} and list entries by
 * time, then id.
 */
public interface AuditTrail {
  /**
   * Appends an entry; an entry with an id already present is a {@code DUPLICATE_ID}.
   *
   * @param entry the entry
   */
  void append(AuditEntry entry);

  /**
   * {@return the entries that name this household, from {@code from} included to {@code to} excluded}
   *
   * @param household the household
   * @param from the first instant, included
   * @param to the last instant, excluded
   */
  List<AuditEntry> ofHousehold(HouseholdId household, Instant from, Instant to);

  /**
   * {@return the entries that name this person, from {@code from} included to {@code to} excluded}
   *
   * @param person the person
   * @param from the first instant, included
   * @param to the last instant, excluded
   */
  List<AuditEntry> ofPerson(PersonId person, Instant from, Instant to);

  /**
   * {@return the entries of one actor (by the host's user id), from {@code from} included to {@code to} excluded}
   *
   * @param userId the host's id for the user
   * @param from the first instant, included
   * @param to the last instant, excluded
   */
  List<AuditEntry> ofActor(String userId, Instant from, Instant to);

  /**
   * Deletes every entry older than {@code before} (the audit trail's own retention).
   *
   * @param before the first instant kept
   * @return how many entries were deleted
   */
  int purgeBefore(Instant before);
}
