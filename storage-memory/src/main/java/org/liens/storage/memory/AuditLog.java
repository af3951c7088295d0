package org.liens.storage.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liens.audit.AuditEntry;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;

/**
 * The rows of the audit trail: by id, and in {@link AuditEntry#ORDER} overall (for the purge), per household, per
 * person and per actor (for the period queries), each an {@link AuditEntries} sorted when read. Entries are only
 * ever added and removed whole, never changed.
 *
 * <p>Every call of every use case appends an entry, and the trail is seldom read (issue 13): an entry is kept by id
 * (to refuse a repeated one) and in a list of entries not filed yet; the first read after appends files them in the
 * four orders. Appends run alone under the store's write lock; reads may run side by side under its read lock, so
 * the filing and the reads hold this log's monitor.
 */
final class AuditLog {
  private final UuidTable known = new UuidTable();
  private final List<AuditEntry> unfiled = new ArrayList<>();
  private final AuditEntries byTime = new AuditEntries();
  private final Map<HouseholdId, AuditEntries> byHousehold = new HashMap<>();
  private final Map<PersonId, AuditEntries> byPerson = new HashMap<>();
  private final Map<String, AuditEntries> byActor = new HashMap<>();

  /** Adds the entry; false, adding nothing, when the trail holds an entry of its id (one look-up, issue 13). */
  boolean add(AuditEntry entry) {
    if (!known.putIfAbsent(entry.id(), 0)) {
      return false;
    }
    unfiled.add(entry);
    return true;
  }

  /** Files the entries appended since the last read in the four orders. */
  private synchronized void file() {
    for (int i = 0; i < unfiled.size(); i++) {
      fileOne(unfiled.get(i));
    }
    unfiled.clear();
  }

  private void fileOne(AuditEntry entry) {
    byTime.add(entry);
    for (HouseholdId household : entry.households()) {
      byHousehold.computeIfAbsent(household, k -> new AuditEntries()).add(entry);
    }
    for (PersonId person : entry.persons()) {
      byPerson.computeIfAbsent(person, k -> new AuditEntries()).add(entry);
    }
    byActor.computeIfAbsent(entry.actor().userId(), k -> new AuditEntries()).add(entry);
  }

  void remove(AuditEntry entry) {
    known.remove(entry.id());
    for (int i = unfiled.size() - 1; i >= 0; i--) {
      if (unfiled.get(i).id().equals(entry.id())) {
        unfiled.remove(i); // the usual rollback: the last entry, not filed yet
        return;
      }
    }
    byTime.remove(entry);
    entry.households().forEach(h -> removeFrom(byHousehold, h, entry));
    entry.persons().forEach(p -> removeFrom(byPerson, p, entry));
    removeFrom(byActor, entry.actor().userId(), entry);
  }

  /** Removes every entry of {@code old} (a purge), each list in one pass. */
  void removeAll(List<AuditEntry> old) {
    file();
    Set<UUID> ids = new HashSet<>();
    Set<HouseholdId> households = new HashSet<>();
    Set<PersonId> persons = new HashSet<>();
    Set<String> actors = new HashSet<>();
    for (AuditEntry entry : old) {
      known.remove(entry.id());
      ids.add(entry.id());
      households.addAll(entry.households());
      persons.addAll(entry.persons());
      actors.add(entry.actor().userId());
    }
    byTime.removeAll(ids);
    households.forEach(h -> removeAllFrom(byHousehold, h, ids));
    persons.forEach(p -> removeAllFrom(byPerson, p, ids));
    actors.forEach(a -> removeAllFrom(byActor, a, ids));
  }

  synchronized List<AuditEntry> ofHousehold(HouseholdId household, Instant from, Instant to) {
    file();
    return between(byHousehold.get(household), from, to);
  }

  synchronized List<AuditEntry> ofPerson(PersonId person, Instant from, Instant to) {
    file();
    return between(byPerson.get(person), from, to);
  }

  synchronized List<AuditEntry> ofActor(String userId, Instant from, Instant to) {
    file();
    return between(byActor.get(userId), from, to);
  }

  /** The entries before {@code before}, oldest first. */
  synchronized List<AuditEntry> before(Instant before) {
    file();
    return byTime.before(before);
  }

  private static List<AuditEntry> between(AuditEntries entries, Instant from, Instant to) {
    if (entries == null || !from.isBefore(to) || !from.isBefore(AuditEntry.END)) {
      return List.of();
    }
    return entries.between(from, to);
  }

  private static <K> void removeFrom(Map<K, AuditEntries> index, K key, AuditEntry entry) {
    AuditEntries entries = index.get(key);
    if (entries != null && entries.remove(entry) && entries.isEmpty()) {
      index.remove(key);
    }
  }

  private static <K> void removeAllFrom(Map<K, AuditEntries> index, K key, Set<UUID> ids) {
    AuditEntries entries = index.get(key);
    if (entries != null) {
      entries.removeAll(ids);
      if (entries.isEmpty()) {
        index.remove(key);
      }
    }
  }
}
