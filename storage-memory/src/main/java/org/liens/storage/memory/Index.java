package org.liens.storage.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A secondary index: each row is filed under the keys its value yields (none, one or several). */
final class Index<K, I, A> {
  private final Function<A, Collection<K>> keys;
  private final Map<K, Set<I>> ids = new HashMap<>();

  Index(Function<A, Collection<K>> keys) {
    this.keys = keys;
  }

  void remove(I id, A value) {
    for (K key : keys.apply(value)) {
      Set<I> set = ids.get(key);
      if (set != null && set.remove(id) && set.isEmpty()) {
        ids.remove(key);
      }
    }
  }

  void add(I id, A value) {
    for (K key : keys.apply(value)) {
      ids.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
    }
  }

  Set<I> get(K key) {
    return ids.getOrDefault(key, Set.of());
  }
}
