package org.liens.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows of one aggregate type, with the indexes kept in step on every write and every rollback. */
final class Table<I, A> {
  private final Map<I, A> rows = new HashMap<>();
  private final List<Index<?, I, A>> indexes = new ArrayList<>();
  private final List<RangeIndex<?, I, A>> ranges = new ArrayList<>();
  private final List<java.util.function.Consumer<A>> removers = new ArrayList<>();
  private final List<java.util.function.Consumer<A>> adders = new ArrayList<>();

  <K> Index<K, I, A> index(java.util.function.Function<A, Collection<K>> keys) {
    Index<K, I, A> index = new Index<>(keys);
    indexes.add(index);
    return index;
  }

  <K extends Comparable<? super K>> RangeIndex<K, I, A> range(java.util.function.Function<A, Optional<K>> key) {
    RangeIndex<K, I, A> index = new RangeIndex<>(key);
    ranges.add(index);
    return index;
  }

  /**
   * Keeps an index of the rows' values in step: {@code add} files each stored value, {@code remove} each replaced
   * or deleted one.
   */
  void follow(java.util.function.Consumer<A> add, java.util.function.Consumer<A> remove) {
    adders.add(add);
    removers.add(remove);
  }

  Optional<A> get(I id) {
    return Optional.ofNullable(rows.get(id));
  }

  boolean contains(I id) {
    return rows.containsKey(id);
  }

  Collection<I> ids() {
    return rows.keySet();
  }

  List<A> rows(Collection<I> ids) {
    List<A> result = new ArrayList<>(ids.size());
    for (I id : ids) {
      result.add(rows.get(id));
    }
    return result;
  }

  /** Stores {@code value} under {@code id}; the journal can put the previous row back. */
  void put(I id, A value, Journal journal) {
    A previous = replace(id, value);
    journal.onRollback(() -> replace(id, previous));
  }

  private A replace(I id, A value) {
    A previous = value == null ? rows.remove(id) : rows.put(id, value);
    for (int i = 0; i < indexes.size(); i++) {
      indexes.get(i).replace(id, previous, value);
    }
    for (int i = 0; i < ranges.size(); i++) {
      ranges.get(i).replace(id, previous, value);
    }
    if (previous != null) {
      removers.forEach(index -> index.accept(previous));
    }
    if (value != null) {
      adders.forEach(index -> index.accept(value));
    }
    return previous;
  }
}
