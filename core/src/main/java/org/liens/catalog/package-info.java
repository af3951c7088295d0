/**
 * The catalogue of offers (R1): MIP, MADI, MAPA and ARCS, or a host's own, each with its duration (R2: six
 * months, or per session for ARCS), its expected contacts (R4), its team rule (R5), whom it serves and must consent (R7),
 * the referral channels it accepts (R7, R9) and the offers it may follow (R6). Pure data: the 2023 catalogue of the seed
 * is read from a JSON resource by {@code org.liens.json.CatalogJson}, and a host may load its own.
 */
package org.liens.catalog;
