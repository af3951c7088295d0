package org.liens.storage.tck.logging;

import org.slf4j.event.Level;

/**
 * One captured log record: its level, the logger's name, the message with its arguments substituted, and the
 * rendering of its throwable (every {@code toString()} of the chain of causes and suppressed exceptions), empty
 * when it has none.
 */
public record LogLine(Level level, String logger, String message, String throwable) {

  /** {@return everything a reader of the log would see of this record} */
  public String text() {
    return level + " " + logger + " - " + message + (throwable.isEmpty() ? "" : " " + throwable);
  }
}
