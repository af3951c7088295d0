package org.liens.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.liens.accompaniment.Accompaniment;
import org.liens.storage.CaseloadCursor;
import org.liens.storage.PageRequest;

/**
 * A secondary index of accompaniments kept in the caseload order (opening date, then id; {@link CaseloadCursor}):
 * each row is filed under the keys its value yields, and a read walks the sorted positions of one key, so that a
 * page costs its own length plus a logarithm and nothing is sorted when read (issue 13).
 *
 * @param <K> the key (a prescriber, an educator, a funder, or {@code TRUE} for every open accompaniment)
 */
final class SortedIndex<K> {
  private final Function<Accompaniment, Collection<K>> keys;
  private final Map<K, NavigableSet<CaseloadCursor>> positions = new HashMap<>();

  SortedIndex(Function<Accompaniment, Collection<K>> keys) {
    this.keys = keys;
  }

  /**
   * Moves an accompaniment from the positions of {@code previous} (null: none) to those of {@code value} (null:
   * none); one whose keys and opening date did not change (a contact recorded) stays where it is (issue 13).
   */
  void replace(Accompaniment previous, Accompaniment value) {
    if (previous != null && value != null && previous.openedOn().equals(value.openedOn())
        && keys.apply(previous).equals(keys.apply(value))) {
      return;
    }
    if (previous != null) {
      remove(previous);
    }
    if (value != null) {
      add(value);
    }
  }

  private void remove(Accompaniment value) {
    for (K key : keys.apply(value)) {
      NavigableSet<CaseloadCursor> set = positions.get(key);
      if (set != null && set.remove(CaseloadCursor.of(value)) && set.isEmpty()) {
        positions.remove(key);
      }
    }
  }

  private void add(Accompaniment value) {
    for (K key : keys.apply(value)) {
      positions.computeIfAbsent(key, k -> new TreeSet<>()).add(CaseloadCursor.of(value));
    }
  }

  /** The ids filed under {@code key}, in the caseload order. */
  List<UUID> all(K key) {
    NavigableSet<CaseloadCursor> set = positions.get(key);
    if (set == null) {
      return List.of();
    }
    List<UUID> ids = new ArrayList<>(set.size());
    set.forEach(position -> ids.add(position.id()));
    return ids;
  }

  /** The ids of one page of those filed under {@code key}, in the caseload order. */
  List<UUID> page(K key, PageRequest page) {
    NavigableSet<CaseloadCursor> set = positions.get(key);
    if (set == null) {
      return List.of();
    }
    Collection<CaseloadCursor> tail = page.after().isPresent() ? set.tailSet(page.after().get(), false) : set;
    List<UUID> ids = new ArrayList<>(Math.min(page.size(), set.size()));
    for (CaseloadCursor position : tail) {
      if (ids.size() == page.size()) {
        break;
      }
      ids.add(position.id());
    }
    return ids;
  }
}
