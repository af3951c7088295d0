/**
 * Referrals (R7, R8): the {@code Referral} aggregate a prescriber, an institution or the family opens
 * for a household and an offer, with the parents' or caregivers' consent (R7), the needs assessment made with the
 * prescriber, and its decision: validated into the active caseload or rejected with a reason (R8). A MADI referral may
 * name the MIP it succeeds (R6) and the funding agreement that pays for it (R10).
 */
package org.liens.referral;
