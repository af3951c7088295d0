package org.liens.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CSV text into records (RFC 4180): cells separated by {@code separator}, a quoted cell may hold the
 * separator, line breaks and doubled quotes; records end with CRLF or LF; blank lines are skipped. A quoted cell left
 * open at the end of the text makes its record {@code unterminated}, so the reader reports that row, not the file.
 */
final class CsvText {
  private CsvText() {}

  static List<DataInclusionCsv.Record> records(String text, char separator) {
    List<DataInclusionCsv.Record> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c != '"') {
          cell.append(c);
        } else if (i + 1 < n && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
        any = true;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          cells.add(cell.toString());
          records.add(new DataInclusionCsv.Record(List.copyOf(cells), false));
        }
        cells.clear();
        cell.setLength(0);
        any = false;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (quoted || any || cell.length() > 0) {
      cells.add(cell.toString());
      records.add(new DataInclusionCsv.Record(List.copyOf(cells), quoted));
    }
    return records;
  }
}
