package org.liens.storage.jdbc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed JSON columns by their text (issue 13): most accompaniments carry one of a few offer snapshots and frozen
 * tariffs, so a caseload of hundreds of rows parses each distinct text once instead of once a row. The values are
 * immutable records, shared safely between rows, transactions and threads. At most {@link #CAPACITY} texts are
 * kept; when full the memo starts again empty (a catalogue has a handful of offers and tariffs).
 *
 * @param <T> the parsed value
 */
final class JsonMemo<T> {
  /** How many distinct texts are kept. */
  static final int CAPACITY = 256;

  private final Function<String, T> parse;
  private final Map<String, T> parsed = new ConcurrentHashMap<>();

  JsonMemo(Function<String, T> parse) {
    this.parse = parse;
  }

  /** The value of {@code text}, parsed once; {@code null} stays {@code null}. */
  T read(String text) {
    if (text == null) {
      return null;
    }
    T value = parsed.get(text);
    if (value == null) {
      value = parse.apply(text);
      if (parsed.size() >= CAPACITY) {
        parsed.clear();
      }
      parsed.put(text, value);
    }
    return value;
  }
}
