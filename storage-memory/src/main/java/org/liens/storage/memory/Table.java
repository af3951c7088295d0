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
  private final List<java.util.function.BiConsumer<A, A>> followers = new ArrayList<>();

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
   * Keeps an index of the rows' values in step: {@code replace} is told each row's previous value (null: none) and
   * its new one (null: deleted), and may leave a row whose place did not change where it is.
   */
  void follow(java.util.function.BiConsumer<A, A> replace) {
    followers.add(replace);
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
    for (int i = 0; i < followers.size(); i++) {
      followers.get(i).accept(previous, value);
    }
    return previous;
  }
}
