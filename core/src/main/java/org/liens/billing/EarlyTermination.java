package org.liens.billing;

/**
 * Named policy: what a module costs when it ends before its last day (closed early, or succeeded by a MADI, R6).
 * The seeds are silent; the default bills the full module. A cancelled accompaniment is never billed, whatever
 * this policy: {@code BillingService#settle} credits what was invoiced before the cancellation.
 */
public enum EarlyTermination {
  /** The default: the full module price, whatever the length. */
  FULL,
  /**
   * The module price times the months started out of the offer's months, counted with {@code java.time} month
   * arithmetic from the first appointment to the end date, both included: first appointment 2023-09-04, end
   * 2023-11-10: months started on 09-04, 10-04 and 11-04, so 3/6 of 2000 € = 1000.00 €. An invoice already issued
   * for more is corrected by a credit note ({@code BillingService#settle}).
   */
  PRORATA_BY_MONTH_STARTED
}
