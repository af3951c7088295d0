package org.liens.storage.jdbc;

/**
 * Rows of PostgreSQL's {@code COPY … FROM STDIN} text format, written field by field by an {@link Args} in copy
 * mode: fields separated by a tab, rows ended by a newline, SQL NULL as {@code \N}, and in a value the backslash,
 * tab, newline and carriage return escaped with a backslash (PostgreSQL documentation, "COPY", File Formats, Text
 * Format). Every value is text in PostgreSQL's input syntax: a UUID, an ISO date or instant, a number.
 */
final class CopyText {
  private final StringBuilder text = new StringBuilder(1 << 17);
  private boolean rowStarted;

  /** Appends a field to the current row; {@code null} is SQL NULL. */
  void field(String value) {
    if (rowStarted) {
      text.append('\t');
    }
    rowStarted = true;
    if (value == null) {
      text.append("\\N");
      return;
    }
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
  }

  /** Ends the current row. */
  void endRow() {
    text.append('\n');
    rowStarted = false;
  }

  /** {@return the characters written so far} */
  int length() {
    return text.length();
  }

  /** {@return the rows written since the last call, as UTF-8, and forgets them} */
  byte[] take() {
    byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    text.setLength(0);
    return bytes;
  }
}
