/**
 * Funding agreements (conventions, R10): a number of places per offer and their price, for a period,
 * co-financed by one or more funders with shares that always add up. Validating a referral takes a place or, under a
 * named waitlist policy, waits for one; the agreement keeps what was billed under it and its remaining budget.
 */
package org.liens.agreement;
