package org.liens.storage.memory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** A sorted index on one optional comparable key per row, for range queries (dates). */
final class RangeIndex<K extends Comparable<? super K>, I, A> {
  private final Function<A, Optional<K>> key;
  private final NavigableMap<K, Set<I>> ids = new TreeMap<>();

  RangeIndex(Function<A, Optional<K>> key) {
    this.key = key;
  }

  /** Files {@code id} from the key of {@code previous} (null: none) to that of {@code value}; unchanged, nothing. */
  void replace(I id, A previous, A value) {
    Optional<K> before = previous == null ? Optional.empty() : key.apply(previous);
    Optional<K> after = value == null ? Optional.empty() : key.apply(value);
    if (!before.equals(after)) {
      before.ifPresent(k -> remove(id, k));
      after.ifPresent(k -> ids.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(id));
    }
  }

  private void remove(I id, K k) {
    Set<I> set = ids.get(k);
    if (set != null && set.remove(id) && set.isEmpty()) {
      ids.remove(k);
    }
  }

  void remove(I id, A value) {
    key.apply(value).ifPresent(k -> {
      Set<I> set = ids.get(k);
      if (set != null && set.remove(id) && set.isEmpty()) {
        ids.remove(k);
      }
    });
  }

  void add(I id, A value) {
    key.apply(value).ifPresent(k -> ids.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(id));
  }

  /** Ids whose key lies in {@code [from, to]}, in key order. */
  List<I> between(K from, K to) {
    List<I> result = new ArrayList<>();
    if (from.compareTo(to) <= 0) {
      ids.subMap(from, true, to, true).values().forEach(result::addAll);
    }
    return result;
  }
}
