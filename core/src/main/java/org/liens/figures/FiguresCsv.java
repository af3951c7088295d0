package org.liens.figures;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;

/**
 * The two CSV exports of a {@link FiguresReport} (issue 12). Both have one row per figure, {@code figure,value,status}
 * after a header, the report's period, filters, knowledge instant, fingerprint and suppression first; a hidden value
 * is {@code "< 5"} (small) or {@code "s"} (hidden to protect another, or a share or measure of a hidden group).
 * <ul>
 *   <li>{@link #csv}: for machines, RFC 4180 (comma, fields quoted when they hold a comma, a quote or a line break,
 *   quotes doubled, CRLF line ends), UTF-8 without BOM, decimal point;
 *   <li>{@link #frenchSpreadsheet}: for a French spreadsheet (LibreOffice, Excel in French), semicolon separator,
 *   decimal comma, UTF-8 with a byte order mark so that accents read right, the same quoting and line ends.
 * </ul>
 * Written here rather than with a CSV library: core takes no dependency for a dozen lines of quoting.
 */
public final class FiguresCsv {
  private FiguresCsv() {}

  /**
   * {@return the report as CSV for machines: RFC 4180, UTF-8, decimal point}
   *
   * @param report the report
   */
  public static String csv(FiguresReport report) {
    return write(report, ',', '.');
  }

  /**
   * {@return the report as CSV for a French spreadsheet: semicolons, decimal comma, UTF-8 bytes with a BOM}
   *
   * @param report the report
   */
  public static byte[] frenchSpreadsheet(FiguresReport report) {
    return ("\uFEFF" + write(report, ';', ',')).getBytes(StandardCharsets.UTF_8);
  }

  private static String write(FiguresReport report, char separator, char decimal) {
    Checks.required(report, "report");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"figure", "value", "status"});
    rows.add(new String[] {"period.from", report.from().toString(), ""});
    rows.add(new String[] {"period.to", report.to().toString(), ""});
    rows.add(new String[] {"filter.prescriber", text(report.filters().prescriber().map(Object::toString)), ""});
    rows.add(new String[] {"filter.funder", text(report.filters().funder().map(Object::toString)), ""});
    rows.add(new String[] {"filter.offer", text(report.filters().offer().map(OfferCode::value)), ""});
    rows.add(new String[] {"filter.territory", text(report.filters().territory()), ""});
    rows.add(new String[] {"knownAt", report.knownAt().toString(), ""});
    rows.add(new String[] {"fingerprint", report.fingerprint(), ""});
    rows.add(new String[] {"suppressed", Boolean.toString(report.suppressed()), ""});
    rows.add(new String[] {"threshold", Integer.toString(report.threshold()), ""});
    for (FigureCell cell : report.cells()) {
      rows.add(new String[] {cell.key(), cell.display(report.threshold()), cell.status().name()});
    }
    for (FigureShare share : report.shares()) {
      rows.add(new String[] {share.key(), number(share.percent(), decimal), status(share.percent())});
    }
    for (FigureMeasure measure : report.measures()) {
      rows.add(new String[] {measure.key(), number(measure.value(), decimal), status(measure.value())});
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          out.append(separator);
        }
        out.append(field(row[i], separator));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  private static String number(Optional<BigDecimal> value, char decimal) {
    return value.map(v -> v.toPlainString().replace('.', decimal)).orElse("s");
  }

  private static String status(Optional<BigDecimal> value) {
    return value.isPresent() ? CellStatus.SHOWN.name() : CellStatus.SECONDARY.name();
  }

  /** RFC 4180: a field with the separator, a quote or a line break is quoted, its quotes doubled. */
  private static String field(String value, char separator) {
    if (value.indexOf(separator) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
