/**
 * Exact money and dated prices (R3): {@code Money} in whole cents, VAT breakdowns that always add up
 * (DESIGN §6), percentages and proportional splits for co-financing (R10), and tariffs whose values apply from a date,
 * as OpenFisca parameters do, including the ARCS group model (900 € for six one-hour sessions of up to six children).
 */
package org.liens.pricing;
