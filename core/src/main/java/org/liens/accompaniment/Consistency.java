package org.liens.accompaniment;

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

  static IllegalStateException inconsistent(String message) {
    return new IllegalStateException("inconsistent accompaniment: " + message);
  }
}
