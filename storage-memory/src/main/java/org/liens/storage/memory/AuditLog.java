package org.liens.storage.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.liens.access.Actor;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditOutcome;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;

/**
 * The rows of the audit trail: by id, and in {@link AuditEntry#ORDER} overall (for the purge), per household, per
 * person and per actor (for the period queries). Entries are only ever added and removed whole, never changed.
 */
final class AuditLog {
  private final Map<UUID, AuditEntry> byId = new HashMap<>();
  private final NavigableSet<AuditEntry> byTime = new TreeSet<>(AuditEntry.ORDER);
  private final Map<HouseholdId, NavigableSet<AuditEntry>> byHousehold = new HashMap<>();
  private final Map<PersonId, NavigableSet<AuditEntry>> byPerson = new HashMap<>();
  private final Map<String, NavigableSet<AuditEntry>> byActor = new HashMap<>();

  boolean contains(UUID id) {
    return byId.containsKey(id);
  }

  void add(AuditEntry entry) {
    byId.put(entry.id(), entry);
    byTime.add(entry);
    entry.households().forEach(h -> byHousehold.computeIfAbsent(h, k -> new TreeSet<>(AuditEntry.ORDER)).add(entry));
    entry.persons().forEach(p -> byPerson.computeIfAbsent(p, k -> new TreeSet<>(AuditEntry.ORDER)).add(entry));
    byActor.computeIfAbsent(entry.actor().userId(), k -> new TreeSet<>(AuditEntry.ORDER)).add(entry);
  }

  void remove(AuditEntry entry) {
    byId.remove(entry.id());
    byTime.remove(entry);
    entry.households().forEach(h -> removeFrom(byHousehold, h, entry));
    entry.persons().forEach(p -> removeFrom(byPerson, p, entry));
    removeFrom(byActor, entry.actor().userId(), entry);
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
    List<AuditEntry> old = new ArrayList<>();
    for (AuditEntry entry : byTime) {
      if (!entry.at().isBefore(before)) {
        break;
      }
      old.add(entry);
    }
    return old;
  }

  private static List<AuditEntry> between(NavigableSet<AuditEntry> entries, Instant from, Instant to) {
    if (entries == null || !from.isBefore(to) || !from.isBefore(AuditEntry.END)) {
      return List.of();
    }
    List<AuditEntry> result = new ArrayList<>();
    for (AuditEntry entry : entries.tailSet(probe(from), true)) {
      if (!entry.at().isBefore(to)) {
        break;
      }
      if (!entry.at().isBefore(from)) {
        result.add(entry);
      }
    }
    return List.copyOf(result);
  }

  /** An entry that sorts before every entry at or after {@code at}: the smallest id at {@code at}, truncated. */
  private static AuditEntry probe(Instant at) {
    Instant bounded = at.isBefore(AuditEntry.EARLIEST) ? AuditEntry.EARLIEST : at;
    return new AuditEntry(new UUID(0, 0), bounded, Actor.system(), "probe", Set.of(), Set.of(), AuditOutcome.ALLOWED);
  }

  private static <K> void removeFrom(Map<K, NavigableSet<AuditEntry>> index, K key, AuditEntry entry) {
    Collection<AuditEntry> set = index.get(key);
    if (set != null && set.remove(entry) && set.isEmpty()) {
      index.remove(key);
    }
  }
}
