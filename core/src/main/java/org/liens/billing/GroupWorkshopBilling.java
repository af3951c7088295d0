package org.liens.billing;

/**
 * Named policy: how an ARCS group workshop series (an accepted quote, R3) is billed. The seed says workshops are
 * "quoted per order"; the default bills the accepted quote as a whole once the series started.
 */
public enum GroupWorkshopBilling {
  /**
   * The default: the whole accepted quote (group sessions and travel) in one invoice, once the series held its
   * first session; nothing before, as for modules.
   */
  PER_ACCEPTED_QUOTE,
  /**
   * Each group session held, at the quoted price of a group session; the quoted travel is billed in full with the
   * first of these invoices.
   */
  PER_SESSION_HELD
}
