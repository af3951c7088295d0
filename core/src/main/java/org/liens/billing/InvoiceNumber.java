package org.liens.billing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * The number of an invoice or a credit note (DESIGN §6, CGI annexe II art. 242 nonies A): a prefix naming its
 * series, the year of issue, and a sequence number that starts at 1 each year and follows the chronology
 * without gaps. Printed as {@code F-2023-00042}. Treat as a value type; {@link #toString()} round-trips
 * through {@link #parse(String)}.
 *
 * @param prefix the series, an upper-case letter then up to nine upper-case letters or digits ("F", "AV")
 * @param year the year of issue
 * @param sequence 1 for the first document of the series that year
 */
public record InvoiceNumber(String prefix, int year, long sequence) implements Comparable<InvoiceNumber> {
  /** The shape of a series prefix. */
  public static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0,9}");
  private static final Pattern FORMAT = Pattern.compile("([A-Z][A-Z0-9]{0,9})-(\\d{4})-(\\d{5,})");

  /**
   * Checks the components: {@code prefix} a bounded, non-blank text; and the rules stated for the type.
   *
   * @param prefix the series, an upper-case letter then up to nine upper-case letters or digits ("F", "AV")
   * @param year the year of issue
   * @param sequence 1 for the first document of the series that year
   */
  public InvoiceNumber {
    Checks.notBlank(prefix, "prefix");
    Checks.check(PREFIX.matcher(prefix).matches(), "a series prefix matches " + PREFIX.pattern());
    Checks.check(year >= 1000 && year <= 9999, "a year has four digits, was " + year);
    Checks.check(sequence >= 1, "a sequence number starts at 1, was " + sequence);
  }

  /**
   * Parses {@code F-2023-00042}.
   *
   * @param text the number as printed: prefix, year, sequence
   * @return the number
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for anything else
   */
  public static InvoiceNumber parse(String text) {
    Matcher m = FORMAT.matcher(Checks.notBlank(text, "invoice number"));
    if (!m.matches()) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE, "an invoice number reads PREFIX-YYYY-NNNNN, e.g. F-2023-00042");
    }
    return new InvoiceNumber(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
  }

  @Override
  public int compareTo(InvoiceNumber other) {
    int c = prefix.compareTo(other.prefix);
    if (c == 0) {
      c = Integer.compare(year, other.year);
    }
    return c != 0 ? c : Long.compare(sequence, other.sequence);
  }

  @Override
  public String toString() {
    return prefix + "-" + year + "-" + String.format("%05d", sequence);
  }
}
