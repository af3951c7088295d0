package org.liens.storage.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

  /**
   * Files {@code id} from the keys of {@code previous} (null: none) to those of {@code value} (null: none); a row
   * whose keys did not change (a contact recorded) stays where it is (issue 13).
   */
  void replace(I id, A previous, A value) {
    Collection<K> before = previous == null ? List.of() : keys.apply(previous);
    Collection<K> after = value == null ? List.of() : keys.apply(value);
    if (before.equals(after)) {
      return;
    }
    remove(id, before);
    for (K key : after) {
      ids.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
    }
  }

  void remove(I id, A value) {
    remove(id, keys.apply(value));
  }

  private void remove(I id, Collection<K> keys) {
    for (K key : keys) {
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
