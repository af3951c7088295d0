/**
 * The accompaniment of a household under an offer, from validation to closure (R2, R4–R6, R8):
 * the six-month care period set at the first appointment (R2, with a named end-date convention), the team (R5), the
 * contacts recorded against their targets (home visits and remote contacts, R4; individual ARCS sessions), the DIA,
 * EMT map and action report (R8), the MIP → MADI succession with the same team (R6) and the tariff frozen at the first
 * appointment (R3).
 */
package org.liens.accompaniment;
