package org.liens.storage.memory;

import java.time.Instant;
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
 */
final class AuditLog {
  private final Map<UUID, AuditEntry> byId = new HashMap<>();
  private final AuditEntries byTime = new AuditEntries();
  private final Map<HouseholdId, AuditEntries> byHousehold = new HashMap<>();
  private final Map<PersonId, AuditEntries> byPerson = new HashMap<>();
  private final Map<String, AuditEntries> byActor = new HashMap<>();

  boolean contains(UUID id) {
    return byId.containsKey(id);
  }

  void add(AuditEntry entry) {
    byId.put(entry.id(), entry);
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
    byId.remove(entry.id());
    byTime.remove(entry);
    entry.households().forEach(h -> removeFrom(byHousehold, h, entry));
    entry.persons().forEach(p -> removeFrom(byPerson, p, entry));
    removeFrom(byActor, entry.actor().userId(), entry);
  }

  /** Removes every entry of {@code old} (a purge), each list in one pass. */
  void removeAll(List<AuditEntry> old) {
    Set<UUID> ids = new HashSet<>();
    Set<HouseholdId> households = new HashSet<>();
    Set<PersonId> persons = new HashSet<>();
    Set<String> actors = new HashSet<>();
    for (AuditEntry entry : old) {
      byId.remove(entry.id());
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

  List<AuditEntry> ofHousehold(HouseholdId household, Instant from, Instant to) {
    return between(byHousehold.get(household), from, to);
  }

  List<AuditEntry> ofPerson(PersonId person, Instant from, Instant to) {
    return between(byPerson.get(person), from, to);
  }

  List<AuditEntry> ofActor(String userId, Instant from, Instant to) {
    return between(byActor.get(userId), from, to);
  }

  /** The entries before {@code before}, oldest first. */
  List<AuditEntry> before(Instant before) {
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
