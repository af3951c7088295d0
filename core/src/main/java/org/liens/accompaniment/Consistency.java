package org.liens.accompaniment;

import java.util.HashSet;
import java.util.List;

/**
 * The failure of a stored accompaniment whose fields contradict each other (R2, R5, R8): commands never build one,
 * so only a storage adapter rebuilding corrupted rows meets it, as an {@link IllegalStateException}.
 */
final class Consistency {
  private Consistency() {}

  static void check(boolean condition, String message) {
    if (!condition) {
      throw inconsistent(message);
    }
  }

  /** Whether no element appears twice, without a set for the short lists of a team or a follow-up. */
  static boolean distinct(List<?> values) {
    int size = values.size();
    if (size > 32) {
      return new HashSet<>(values).size() == size;
    }
    for (int i = 1; i < size; i++) {
      Object value = values.get(i);
      for (int j = 0; j < i; j++) {
        if (value.equals(values.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  static IllegalStateException inconsistent(String message) {
    return new IllegalStateException("inconsistent accompaniment: " + message);
  }
}
