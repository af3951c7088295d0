package org.liens.storage.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.liens.audit.AuditEntry;

/**
 * Audit entries in {@link AuditEntry#ORDER}, sorted when read rather than when written (issue 13): every call of
 * every use case appends an entry to four of these, and reads of the trail are rare. An entry that arrives in order
 * (the clock moves on) costs one comparison; one out of order marks the list for a sort, which the next read does
 * (a sort of a nearly sorted list is linear). Reads may run side by side under the store's read lock, so every
 * method holds this list's monitor.
 */
final class AuditEntries {
  private final List<AuditEntry> entries = new ArrayList<>();
  private boolean sorted = true;

  synchronized void add(AuditEntry entry) {
    int size = entries.size();
    if (sorted && size > 0 && AuditEntry.ORDER.compare(entries.get(size - 1), entry) > 0) {
      sorted = false;
    }
    entries.add(entry);
  }

  /** Removes the entry (the last one, when a transaction that appended it rolls back); whether it was here. */
  synchronized boolean remove(AuditEntry entry) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).id().equals(entry.id())) {
        entries.remove(i);
        return true;
      }
    }
    return false;
  }

  /** Removes the entries with these ids, in one pass. */
  synchronized void removeAll(Set<UUID> ids) {
    entries.removeIf(e -> ids.contains(e.id()));
  }

  synchronized boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entries at or after {@code from} and before {@code to}, in order. */
  synchronized List<AuditEntry> between(Instant from, Instant to) {
    sort();
    List<AuditEntry> result = new ArrayList<>();
    for (int i = firstAtOrAfter(from); i < entries.size() && entries.get(i).at().isBefore(to); i++) {
      result.add(entries.get(i));
    }
    return List.copyOf(result);
  }

  /** The entries before {@code before}, oldest first. */
  synchronized List<AuditEntry> before(Instant before) {
    sort();
    return List.copyOf(entries.subList(0, firstAtOrAfter(before)));
  }

  private void sort() {
    if (!sorted) {
      entries.sort(AuditEntry.ORDER);
      sorted = true;
    }
  }

  /** The index of the first entry at or after {@code at}, in the sorted list. */
  private int firstAtOrAfter(Instant at) {
    int low = 0;
    int high = entries.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (entries.get(middle).at().isBefore(at)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
