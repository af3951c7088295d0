/**
 * Eligibility decisions that explain themselves: an {@code EligibilityPolicy} is an ordered list of
 * named rules, each a pure function returning a verdict with a stable code and a French and English reason. The
 * standard rules read as the seed's (R1 offer audiences, R6 MADI after an MIP, R7 consent, R9 children from CP, one open
 * accompaniment per offer and household); a host may add its own.
 */
package org.liens.eligibility;
