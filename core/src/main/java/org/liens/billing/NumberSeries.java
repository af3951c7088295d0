package org.liens.billing;

import org.liens.shared.Checks;

/**
 * One numbering series of an organisation for one year (DESIGN §6: "several series are allowed, each continuous";
 * numbers restart each year). Storage adapters keep one {@link SequencePosition} per series.
 *
 * @param seller the SIREN of the organisation that issues
 * @param prefix the series' prefix
 * @param year the year of issue
 */
public record NumberSeries(String seller, String prefix, int year) {
  /**
   * Checks the components: {@code seller} a bounded, non-blank text; and the rules stated for the type.
   *
   * @param seller the SIREN of the organisation that issues
   * @param prefix the series' prefix
   * @param year the year of issue
   */
  public NumberSeries {
    seller = Checks.notBlank(seller, "seller");
    Checks.check(InvoiceNumber.PREFIX.matcher(Checks.notBlank(prefix, "prefix")).matches(),
        "a series prefix matches " + InvoiceNumber.PREFIX.pattern());
    Checks.check(year >= 1000 && year <= 9999, "a year has four digits, was " + year);
  }

  /**
   * {@return the number {@code sequence} of this series}
   *
   * @param sequence the position in the series, from 1
   */
  public InvoiceNumber number(long sequence) {
    return new InvoiceNumber(prefix, year, sequence);
  }
}
