package org.liens.storage.tck.logging;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Renders a throwable as a reader of a log or of an error report sees it, causes and suppressed included. */
public final class Throwables {
  private Throwables() {}

  /**
   * The {@code toString()} of {@code throwable}, of each of its causes and of each suppressed exception, one per
   * line (the message, the localized message and the class of each), or an empty string for {@code null}.
   *
   * @param throwable the exception, or {@code null}
   * @return the rendering
   */
  public static String render(Throwable throwable) {
    StringBuilder text = new StringBuilder();
    render(throwable, text, Collections.newSetFromMap(new IdentityHashMap<>()));
    return text.toString();
  }

  private static void render(Throwable throwable, StringBuilder text, Set<Throwable> seen) {
    if (throwable == null || !seen.add(throwable)) {
      return;
    }
    text.append(throwable).append('\n');
    String localized = throwable.getLocalizedMessage();
    if (localized != null && !localized.equals(throwable.getMessage())) {
      text.append(localized).append('\n');
    }
    if (throwable instanceof java.sql.SQLException sql) {
      render(sql.getNextException(), text, seen);
    }
    for (Throwable suppressed : throwable.getSuppressed()) {
      render(suppressed, text, seen);
    }
    render(throwable.getCause(), text, seen);
  }
}
