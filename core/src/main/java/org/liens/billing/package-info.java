/**
 * Invoices and credit notes (R3, R10; DESIGN §6): what is due comes from a named billing policy (module
 * billing moment, early termination, ARCS sessions and group workshops); invoices are split between co-funders,
 * numbered in continuous chronological series, never changed once issued, and corrected only by credit notes that
 * carry the original's number and date. VAT mentions are configuration of the {@code Seller}.
 */
package org.liens.billing;
