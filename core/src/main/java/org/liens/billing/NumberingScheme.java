package org.liens.billing;

import org.liens.shared.Checks;

/**
 * Named policy: the numbering series of invoices and credit notes (DESIGN §6: one continuous, chronological
 * series per prefix and year; several series are allowed). The default keeps credit notes in their own series:
 * invoices {@code F-2023-00001…}, credit notes {@code AV-2023-00001…}. Giving both the same prefix puts them in
 * one shared series.
 *
 * @param invoicePrefix the prefix of invoice numbers
 * @param creditNotePrefix the prefix of credit note numbers; equal to {@code invoicePrefix} for one shared series
 */
public record NumberingScheme(String invoicePrefix, String creditNotePrefix) {
  /** The default: "F" for invoices, "AV" (avoir) for credit notes. */
  public static final NumberingScheme SEPARATE_SERIES = new NumberingScheme("F", "AV");

  /**
   * Checks the components against the rules stated for the type.
   *
   * @param invoicePrefix the prefix of invoice numbers
   * @param creditNotePrefix the prefix of credit note numbers; equal to {@code invoicePrefix} for one shared series
   */
  public NumberingScheme {
    Checks.check(InvoiceNumber.PREFIX.matcher(Checks.notBlank(invoicePrefix, "invoicePrefix")).matches(),
        "a series prefix matches " + InvoiceNumber.PREFIX.pattern() + " (invoice prefix)");
    Checks.check(InvoiceNumber.PREFIX.matcher(Checks.notBlank(creditNotePrefix, "creditNotePrefix")).matches(),
        "a series prefix matches " + InvoiceNumber.PREFIX.pattern() + " (credit note prefix)");
  }

  /**
   * {@return one series of {@code prefix} for invoices and credit notes alike}
   * @param prefix the prefix printed before the year, such as {@code F}
   */
  public static NumberingScheme shared(String prefix) {
    return new NumberingScheme(prefix, prefix);
  }

  /** {@return whether invoices and credit notes share one series} */
  public boolean isShared() {
    return invoicePrefix.equals(creditNotePrefix);
  }
}
